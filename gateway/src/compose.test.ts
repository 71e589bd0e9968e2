import { Kind, type ObjectTypeDefinitionNode, parse, print } from "graphql";
import path from "node:path";
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
    // The root fields' signatures, descriptions aside (every argument is described, so the SDL prints them across lines).
    const query = parse(supergraphSdl).definitions.find(
      (definition): definition is ObjectTypeDefinitionNode => definition.kind === Kind.OBJECT_TYPE_DEFINITION && definition.name.value === "Query",
    );
    const signatures = (query?.fields ?? []).map((field) => {
      const args = field.arguments?.length ? `(${field.arguments.map((arg) => `${arg.name.value}: ${print(arg.type)}`).join(", ")})` : "";
      return `${field.name.value}${args}: ${print(field.type)}`;
    });
    for (const field of ["council(code: ID!): Council", "councils(", "region(code: ID!): Region", "regions: [Region!]!", "principalAdvisers: [Person!]!", "me: Viewer"]) {
      expect(signatures.some((signature) => signature.startsWith(field))).toBe(true);
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
