import path from "node:path";
import { parse } from "graphql";
import { composeSupergraph, composeWithoutHints, staleFiles } from "./compose";

describe("the checked-in schemas", () => {
  it("are what `npm run compose` makes now (run it and commit the result if this fails)", async () => {
    const composition = await composeSupergraph();
    const stale = staleFiles(composition).map((file) => path.relative(path.resolve(__dirname, "../.."), file));
    expect(stale).toEqual([]);
  });

  it("compose into a supergraph with the contract's entities and root fields", async () => {
    const { supergraphSdl } = await composeSupergraph();
    expect(supergraphSdl).toMatch(/type Council\s[^{]*@join__type\(graph: CORPORATE, key: "code"\)/);
    expect(supergraphSdl).toMatch(/type Region\s[^{]*@join__type\(graph: ADULTS, key: "code"\)/);
    for (const field of ["council(code: ID!): Council", "councils(", "region(code: ID!): Region", "regions: [Region!]!", "principalAdvisers: [Person!]!", "me: Viewer"]) {
      expect(supergraphSdl).toContain(field);
    }
  });

  it("fails on any composition hint, such as two boards describing a shared type in other words", () => {
    const subgraph = (name: string, description: string) => ({
      name,
      url: `http://${name}`,
      typeDefs: parse(`
        extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
        """${description}"""
        type Council @key(fields: "code") { code: ID! }
        type Query { ${name}: Council }
      `),
    });
    expect(composeWithoutHints([subgraph("one", "A council."), subgraph("two", "A council.")])).toContain("type Council");
    expect(() => composeWithoutHints([subgraph("one", "A council."), subgraph("two", "A council, as board two sees it.")])).toThrow(
      /hint\(s\)[\s\S]*INCONSISTENT_DESCRIPTION/,
    );
  });
});
