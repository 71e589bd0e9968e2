import "reflect-metadata";

export * from "./board-server";
export * from "./codes";
export * from "./config";
export * from "./context";
export * from "./council-registry";
export * from "./database";
export * from "./errors";
export * from "./federation";
export * from "./loaders";
export * from "./logger";
export * from "./reference-data";
export * from "./sql-statements";
export * from "./subgraph-server";
export * from "./viewer";
export { runSubgraph } from "./run";
export * from "./testing";
export * from "./migrations";
