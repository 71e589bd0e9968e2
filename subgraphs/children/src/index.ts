import "reflect-metadata";
import { loadConfig, runSubgraph } from "@sli/shared";
import { createChildrenServer } from "./server";

void runSubgraph("children", loadConfig(), createChildrenServer);
