import path from "node:path";

/** The gateway folder, from src/ (tests) or dist/ (scripts). */
export const GATEWAY_DIR = path.resolve(__dirname, "..");
export const SUPERGRAPH_CONFIG = path.join(GATEWAY_DIR, "supergraph.yaml");
export const SUPERGRAPH_FILE = path.join(GATEWAY_DIR, "supergraph.graphql");
