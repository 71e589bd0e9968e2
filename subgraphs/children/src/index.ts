import "reflect-metadata";
import { runSubgraph } from "@sli/shared";
import { createChildrenServer } from "./server";

void runSubgraph("children", createChildrenServer);
