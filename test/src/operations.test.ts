import fs from "node:fs";
import path from "node:path";
import { OPERATIONS_DIR } from "./graph";

const SHARED_QUERIES = path.resolve(__dirname, "../../../shared/queries");

describe("the shared operations", () => {
  const copies = fs.readdirSync(OPERATIONS_DIR).filter((file) => file.endsWith(".graphql"));

  it("are all in the repository", () => {
    expect(copies.sort()).toEqual(["council-single-view.graphql", "england-overview.graphql", "region-overview.graphql"]);
  });

  const besideUs = fs.existsSync(SHARED_QUERIES);
  (besideUs ? it : it.skip)("are unchanged copies of ../shared/queries", () => {
    const originals = fs.readdirSync(SHARED_QUERIES).filter((file) => file.endsWith(".graphql"));
    expect(copies.sort()).toEqual(originals.sort());
    for (const file of originals) {
      expect(fs.readFileSync(path.join(OPERATIONS_DIR, file), "utf8")).toBe(
        fs.readFileSync(path.join(SHARED_QUERIES, file), "utf8"),
      );
    }
  });
});
