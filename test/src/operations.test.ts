import fs from "node:fs";
import path from "node:path";
import { buildSchema, Kind, type OperationDefinitionNode, parse, validate } from "graphql";
import { OPERATIONS_DIR } from "./graph";

const SHARED_QUERIES = path.resolve(__dirname, "../../../shared/queries");
const SUPERGRAPH = path.resolve(__dirname, "../../gateway/supergraph.graphql");

/** The operation each file holds, by the contract's naming: council-single-view.graphql holds CouncilSingleView. */
const operationName = (file: string) => file.replace(/\.graphql$/, "").replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

describe("the shared operations", () => {
  const copies = fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith(".graphql")).sort();

  it("are all in the repository", () => {
    expect(copies).toEqual(["council-single-view.graphql", "england-overview.graphql", "region-overview.graphql"]);
  });

  // Read always, whether or not ../shared/queries is beside the clone: the in-repo copies are what the tests and the benchmark run.
  const schema = buildSchema(fs.readFileSync(SUPERGRAPH, "utf8"), { assumeValidSDL: true });
  it.each(copies)("%s holds one named query that the supergraph accepts as written", (file) => {
    const document = parse(fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8"));
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    expect(operations.map((operation) => [operation.operation, operation.name?.value])).toEqual([["query", operationName(file)]]);
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  const besideUs = fs.existsSync(SHARED_QUERIES);
  (besideUs ? it : it.skip)("are unchanged copies of ../shared/queries (when it is beside the clone)", () => {
    const originals = fs.readdirSync(SHARED_QUERIES).filter((file) => file.endsWith(".graphql"));
    expect(copies).toEqual(originals.sort());
    for (const file of originals) {
      expect(fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8")).toBe(fs.readFileSync(path.join(SHARED_QUERIES, file), "utf8"));
    }
  });
});
