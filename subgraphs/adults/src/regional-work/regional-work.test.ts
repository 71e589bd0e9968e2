import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createAdultsServer } from "../server";
import { codesOf } from "../test-helpers";
import { AdultsRegionalPriority } from "./regional-work.entity";

const officer = testViewer("TEASC_OFFICER");
const REGIONS = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region {
  code adassBranch { name provenance } adultsWorkshops { heldOn topic provenance }
  adultsRegionalPriorities(financialYear: "2012/13") { deliverable fundingPounds provenance } adultsFunding } } }`;
const WORKSHOP = `mutation ($input: RecordAdultsRegionalWorkshopInput!) { recordAdultsRegionalWorkshop(input: $input) { regionCode heldOn topic provenance } }`;
const PRIORITY = `mutation ($input: RecordAdultsRegionalPriorityInput!) { recordAdultsRegionalPriority(input: $input) { regionCode financialYear deliverable fundingPounds provenance } }`;

describe.each(["sqlite", "mysql"] as const)("TEASC regional work on %s", (kind) => {
  const subgraph = startSubgraph(kind, createAdultsServer);
  const gql = (query: string, variables: Record<string, unknown> = {}) => subgraph.execute(query, variables, officer);

  it("gives every region its ADASS branch, the workshop the source reports, and demo priorities, in one statement per relation", async () => {
    const codes = Array.from({ length: 9 }, (_, i) => `E1200000${i + 1}`);
    const before = subgraph.server.database.statements.total;
    const { data, errors } = await subgraph.execute(REGIONS, { representations: codes.map((code) => ({ __typename: "Region", code })) });
    expect(errors).toBeUndefined();
    // Register (reference resolver), branches, workshops, priorities.
    expect(subgraph.server.database.statements.total - before).toBe(4);
    for (const region of data!._entities) {
      expect(region.adassBranch.provenance).toBe("REFERENCE");
      expect(region.adultsWorkshops).toContainEqual({ heldOn: null, topic: expect.stringMatching(/priorities in sector-led improvement/), provenance: "REFERENCE" });
      expect(region.adultsRegionalPriorities.length).toBeGreaterThanOrEqual(2);
      expect(region.adultsRegionalPriorities.every((p: { provenance: string }) => p.provenance === "DEMO")).toBe(true);
      expect(region.adultsFunding).toBe(region.adultsRegionalPriorities.reduce((sum: number, p: { fundingPounds: number }) => sum + p.fundingPounds, 0));
    }
    expect(data!._entities[0].adassBranch.name).toBe("ADASS North East");
  });

  it("records workshops, refusing a malformed region or date", async () => {
    const held = await gql(WORKSHOP, { input: { region: "E12000009", heldOn: "2012-09-12", topic: "Local accounts review" } });
    expect(held.data!.recordAdultsRegionalWorkshop).toEqual({ regionCode: "E12000009", heldOn: "2012-09-12", topic: "Local accounts review", provenance: "RECORDED" });
    expect(codesOf(await gql(WORKSHOP, { input: { region: "E12000010", heldOn: "2012-09-12", topic: "x" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await gql(WORKSHOP, { input: { region: "E12000009", heldOn: "2012-02-30", topic: "x" } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await subgraph.execute(WORKSHOP, { input: { region: "E12000009", heldOn: "2012-09-12", topic: "x" } }))).toEqual(["UNAUTHENTICATED"]);
  });

  it("records one priority per deliverable per region per year, with funding never negative", async () => {
    const input = { region: "E12000009", financialYear: "2013/14", deliverable: "REGIONAL_PEER_CHALLENGE", description: "Two peer challenges", fundingPounds: 25000 };
    const raced = await Promise.all(Array.from({ length: 20 }, () => gql(PRIORITY, { input })));
    expect(raced.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(raced.flatMap(codesOf).every((code) => code === "CONFLICT")).toBe(true);
    expect(raced.find((answer) => answer.errors)!.errors![0].message).toMatch(/one per deliverable per region per year/);
    expect(await subgraph.server.database.dataSource.getRepository(AdultsRegionalPriority).countBy({ regionCode: "E12000009", financialYear: "2013/14" })).toBe(1);
    expect(codesOf(await gql(PRIORITY, { input: { ...input, deliverable: "OTHER", fundingPounds: -1 } }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await gql(PRIORITY, { input: { ...input, deliverable: "OTHER", financialYear: "2013/15" } }))).toEqual(["BAD_USER_INPUT"]);
  });
});
