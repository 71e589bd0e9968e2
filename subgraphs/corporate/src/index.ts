import "reflect-metadata";
import { loadConfig, runSubgraph } from "@sli/shared";
import { createCorporateServer } from "./server";

void runSubgraph("corporate", loadConfig(), createCorporateServer);
