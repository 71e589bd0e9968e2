import "reflect-metadata";
import { graphql } from "graphql";
import { Authorized, Query, Resolver } from "type-graphql";
import { WRITERS } from "./authorization";
import { buildFederatedSchema } from "./federation";
import { ANONYMOUS, type Viewer } from "./viewer";
import { testViewer } from "./testing";

@Resolver()
class AuthorizationProbe {
  @Authorized(...WRITERS.children)
  @Query(() => String, { nullable: true })
  childrenWrite(): string {
    return "written";
  }

  @Authorized()
  @Query(() => String, { nullable: true })
  signedIn(): string {
    return "hello";
  }
}

describe("the auth checker behind @Authorized", () => {
  const run = async (viewer: Viewer, field: string) => {
    const schema = await buildFederatedSchema({ resolvers: [AuthorizationProbe] });
    const result = await graphql({ schema, source: `{ ${field} }`, contextValue: { viewer } });
    return { value: result.data?.[field], code: result.errors?.[0]?.extensions?.code };
  };

  it("answers UNAUTHENTICATED without a token", async () => {
    expect(await run(ANONYMOUS, "signedIn")).toEqual({ value: null, code: "UNAUTHENTICATED" });
  });

  it("lets the board's officers and the board's scope through, and nobody else", async () => {
    expect(await run(testViewer("CIB_OFFICER"), "childrenWrite")).toEqual({ value: "written", code: undefined });
    expect(await run(testViewer("PARTNER_SYSTEM", { scopes: ["children:write"] }), "childrenWrite")).toEqual({
      value: "written",
      code: undefined,
    });
    expect(await run(testViewer("TEASC_OFFICER"), "childrenWrite")).toEqual({ value: null, code: "FORBIDDEN" });
    expect(await run(testViewer("PARTNER_SYSTEM", { scopes: ["adults:write"] }), "childrenWrite")).toEqual({
      value: null,
      code: "FORBIDDEN",
    });
    expect(await run(testViewer("ANALYST"), "signedIn")).toEqual({ value: "hello", code: undefined });
  });
});
