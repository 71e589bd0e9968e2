import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { buildAdultsSchema } from "@sli/adults";
import { buildChildrenSchema } from "@sli/children";
import { buildCorporateSchema } from "@sli/corporate";
import { printSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLSchema } from "graphql";
import { parse } from "graphql";
import YAML from "yaml";
import { GATEWAY_DIR, SUPERGRAPH_CONFIG, SUPERGRAPH_FILE } from "./paths";

export { GATEWAY_DIR, SUPERGRAPH_CONFIG, SUPERGRAPH_FILE };


const SCHEMA_BUILDERS: Record<string, () => Promise<GraphQLSchema>> = {
  corporate: buildCorporateSchema,
  children: buildChildrenSchema,
  adults: buildAdultsSchema,
};

interface SupergraphConfig {
  subgraphs: Record<string, { routing_url: string; schema: { file: string } }>;
}

export interface Composition {
  /** Each subgraph's SDL, by the file it is checked in as. */
  subgraphSchemas: Map<string, string>;
  supergraphSdl: string;
}

/**
 * Prints each subgraph's SDL and composes them as `supergraph.yaml` says,
 * exactly as Rover would from the printed files.
 */
export async function composeSupergraph(): Promise<Composition> {
  const config = YAML.parse(fs.readFileSync(SUPERGRAPH_CONFIG, "utf8")) as SupergraphConfig;
  const subgraphSchemas = new Map<string, string>();
  const services = [];
  for (const [name, subgraph] of Object.entries(config.subgraphs)) {
    const build = SCHEMA_BUILDERS[name];
    if (!build) throw new Error(`supergraph.yaml names a subgraph "${name}" that this repository does not build`);
    const sdl = `${printSubgraphSchema(await build())}\n`;
    subgraphSchemas.set(path.resolve(GATEWAY_DIR, subgraph.schema.file), sdl);
    services.push({ name, url: subgraph.routing_url, typeDefs: parse(sdl) });
  }
  return { subgraphSchemas, supergraphSdl: composeWithoutHints(services) };
}

/**
 * Composes, and fails on any error and on any hint: a hint (two boards
 * describing a shared type in different words, a field that one subgraph
 * makes nullable and another not) is a disagreement between the boards that
 * composition settles silently by picking one side.
 */
export function composeWithoutHints(services: Parameters<typeof composeServices>[0]): string {
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `  - ${error.message}`).join("\n")}`);
  }
  if (result.hints.length) {
    throw new Error(
      `Composition printed ${result.hints.length} hint(s); settle each in the subgraphs:\n${result.hints
        .map((hint) => `  - ${hint.definition.code}: ${hint.message}`)
        .join("\n")}`,
    );
  }
  return `${result.supergraphSdl}\n`;
}

/** Files whose checked-in text differs from a fresh composition. */
export function staleFiles(composition: Composition): string[] {
  const expected = new Map(composition.subgraphSchemas);
  expected.set(SUPERGRAPH_FILE, composition.supergraphSdl);
  return [...expected].filter(([file, text]) => !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text).map(([file]) => file);
}

async function main(): Promise<void> {
  const composition = await composeSupergraph();
  const stale = staleFiles(composition);
  if (process.argv.includes("--check")) {
    if (stale.length) {
      console.error(`Stale (run npm run compose):\n${stale.map((file) => `  ${path.relative(process.cwd(), file)}`).join("\n")}`);
      process.exit(1);
    }
    console.log("Subgraph schemas and supergraph are up to date.");
    return;
  }
  for (const [file, sdl] of composition.subgraphSchemas) fs.writeFileSync(file, sdl);
  fs.writeFileSync(SUPERGRAPH_FILE, composition.supergraphSdl);
  for (const file of [...composition.subgraphSchemas.keys(), SUPERGRAPH_FILE]) {
    console.log(`${stale.includes(file) ? "wrote    " : "unchanged"} ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
