import "reflect-metadata";
import { runSubgraph } from "@sli/shared";
import { createAdultsServer } from "./server";

void runSubgraph("adults", createAdultsServer);
