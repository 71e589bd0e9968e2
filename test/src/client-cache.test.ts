import { ApolloClient, gql, HttpLink, InMemoryCache, type TypePolicies } from "@apollo/client/core";
import { operation, type RunningGraph, startGraph } from "./graph";

const CORNWALL = "E06000052";
const SOUTH_WEST = "E12000009";

/**
 * The type policies a client of this graph needs (README, "Client caching"):
 * Council and Region are keyed by `code`, their entity key, not by an `id`
 * they do not have; without them Apollo Client keeps a copy of Cornwall under
 * every query that reached it.
 */
const TYPE_POLICIES: TypePolicies = {
  Council: { keyFields: ["code"] },
  Region: { keyFields: ["code"] },
};

// The cache is the client's; the database behind the gateway changes nothing it sees, so SQLite alone.
describe("Apollo Client's InMemoryCache against the gateway", () => {
  let graph: RunningGraph;
  let client: ApolloClient<unknown>;

  beforeAll(async () => {
    graph = await startGraph("sqlite");
    const token = await graph.token({ sub: "lga", roles: ["LGA_OFFICER"] });
    client = new ApolloClient({
      cache: new InMemoryCache({ typePolicies: TYPE_POLICIES }),
      link: new HttpLink({ uri: graph.url, fetch, headers: { authorization: `Bearer ${token}` } }),
    });
  });
  afterAll(async () => {
    client?.stop();
    await graph?.stop();
  });

  it("keeps Cornwall from the single view and from the region overview as one cache entry", async () => {
    const single = await client.query({ query: gql(operation("council-single-view")), variables: { code: CORNWALL } });
    expect(single.errors).toBeUndefined();
    const overview = await client.query({ query: gql(operation("region-overview")), variables: { region: SOUTH_WEST } });
    expect(overview.errors).toBeUndefined();

    const cache = client.cache.extract() as Record<string, Record<string, unknown>>;
    const cornwall = `Council:{"code":"${CORNWALL}"}`;
    const southWest = `Region:{"code":"${SOUTH_WEST}"}`;
    // One entry each, whatever query reached it: nothing else in the cache holds a copy of Cornwall.
    expect(Object.keys(cache).filter((key) => key.includes(CORNWALL))).toEqual([cornwall]);
    expect(Object.keys(cache).filter((key) => key.includes(SOUTH_WEST))).toEqual([southWest]);
    const copies = Object.entries(cache).filter(([key, entry]) => key !== cornwall && JSON.stringify(entry).includes(`"code":"${CORNWALL}"`));
    expect(copies).toEqual([]);
    // Both queries point at it, and it holds both queries' fields.
    expect(cache.ROOT_QUERY[`council({"code":"${CORNWALL}"})`]).toEqual({ __ref: cornwall });
    expect(cache[southWest].councils).toContainEqual({ __ref: cornwall });
    expect(cache[cornwall]).toMatchObject({ code: CORNWALL, name: "Cornwall", region: { __ref: southWest } });
    expect(Object.keys(cache[cornwall])).toEqual(expect.arrayContaining(["principalAdviser", "concerns", "childrensSupportLevel", "corporatePeerChallenges"]));
    // A read of Cornwall from either query answers from that one entry.
    const fromOverview = client.readQuery({ query: gql(operation("region-overview")), variables: { region: SOUTH_WEST } }) as { region: { councils: Array<{ code: string; name: string }> } };
    expect(fromOverview.region.councils.find((council) => council.code === CORNWALL)?.name).toBe(single.data.council.name);
  });
});
