import "reflect-metadata";
import { loadConfig, runSubgraph } from "@sli/shared";
import { createAdultsServer } from "./server";

void runSubgraph("adults", loadConfig(), createAdultsServer);
