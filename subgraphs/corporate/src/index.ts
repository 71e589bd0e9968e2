import "reflect-metadata";
import { runSubgraph } from "@sli/shared";
import { createCorporateServer } from "./server";

void runSubgraph("corporate", createCorporateServer);
