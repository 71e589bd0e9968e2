import { startSubgraph } from "@sli/shared/testing";
import { Provenance } from "@sli/shared";
import { createCorporateServer, seedCorporate } from "./server";
import { Council } from "./council/council.entity";
import { Person } from "./person/person.entity";
import { Region } from "./region/region.entity";
import { expectRefusedBy } from "./constraints.testing";
import { councilTiers } from "./council/council.tiers";
import { DISTRICTS_IN_LARGEST_COUNTY } from "./demand";

describe("the two tiers (district_county.csv)", () => {
  it("gives each of the 201 districts one of the 27 counties, and sizes Council.districts by the largest county", () => {
    const { countyOfDistrict, districtsOfCounty } = councilTiers();
    expect(countyOfDistrict.size).toBe(201);
    expect(districtsOfCounty.size).toBe(27);
    expect(Math.max(...[...districtsOfCounty.values()].map((districts) => districts.length))).toBe(DISTRICTS_IN_LARGEST_COUNTY);
  });
});

describe.each(["sqlite", "mysql"] as const)("corporate subgraph on %s", (kind) => {
  const subgraph = startSubgraph(kind, createCorporateServer);

  it("holds all 353 councils, 152 of them upper tier, in nine regions", async () => {
    const { data, errors } = await subgraph.execute("{ councils { code upperTier } regions { code } }");
    expect(errors).toBeUndefined();
    expect(data!.councils).toHaveLength(353);
    expect(data!.councils.filter((c: { upperTier: boolean }) => c.upperTier)).toHaveLength(152);
    expect(data!.regions.map((r: { code: string }) => r.code)).toEqual([
      "E12000001", "E12000002", "E12000003", "E12000004", "E12000005", "E12000006", "E12000007", "E12000008", "E12000009",
    ]);
  });

  it("answers a council with its type, tier, region and principal adviser", async () => {
    const { data, errors } = await subgraph.execute(
      `query ($code: ID!) { council(code: $code) { code name type upperTier region { code name } principalAdviser { name email } } }`,
      { code: "E06000052" },
    );
    expect(errors).toBeUndefined();
    expect(data!.council).toEqual({
      code: "E06000052",
      name: "Cornwall",
      type: "UNITARY",
      upperTier: true,
      region: { code: "E12000009", name: "South West" },
      principalAdviser: { name: "Howard Davis", email: "howard.davis@local.gov.uk" },
    });
  });

  it("filters councils by region, type and tier", async () => {
    const { data } = await subgraph.execute(
      `{ london: councils(region: "E12000007") { code } counties: councils(type: COUNTY) { code }
         districts: councils(upperTier: false) { type } seCounties: councils(region: "E12000008", type: COUNTY, upperTier: true) { code } }`,
    );
    expect(data!.london).toHaveLength(33);
    expect(data!.counties).toHaveLength(27);
    expect(data!.districts).toHaveLength(201);
    expect(new Set(data!.districts.map((c: { type: string }) => c.type))).toEqual(new Set(["DISTRICT"]));
    expect(data!.seCounties).toHaveLength(7);
  });

  it("names the five principal advisers and the regions each covers", async () => {
    const { data } = await subgraph.execute("{ principalAdvisers { id name regions { code } } }");
    expect(data!.principalAdvisers).toHaveLength(5);
    const edgell = data!.principalAdvisers.find((p: { id: string }) => p.id === "mark-edgell");
    expect(edgell.regions.map((r: { code: string }) => r.code)).toEqual(["E12000001", "E12000003", "E12000004"]);
  });

  it("refuses a malformed council code as BAD_USER_INPUT and an unknown one as NOT_FOUND", async () => {
    const malformed = await subgraph.execute(`{ council(code: "Cornwall") { name } }`);
    expect(malformed.data!.council).toBeNull();
    expect(malformed.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const unknown = await subgraph.execute(`{ council(code: "E06000999") { name } }`);
    expect(unknown.data!.council).toBeNull();
    expect(unknown.errors![0].extensions!.code).toBe("NOT_FOUND");
    const badRegion = await subgraph.execute(`{ councils(region: "North East") { code } }`);
    expect(badRegion.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
    const unknownRegion = await subgraph.execute(`{ region(code: "W92000004") { name } }`);
    expect(unknownRegion.errors![0].extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("resolves _entities for councils, regions and people in one statement per type", async () => {
    const before = subgraph.server.database.statements.total;
    const { data, errors } = await subgraph.execute(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
         ... on Council { code name } ... on Region { code name } ... on Person { id name } } }`,
      {
        representations: [
          { __typename: "Council", code: "E06000052" },
          { __typename: "Council", code: "E08000023" },
          { __typename: "Council", code: "E10000999" },
          { __typename: "Region", code: "E12000008" },
          { __typename: "Person", id: "gill-taylor" },
        ],
      },
    );
    expect(errors).toBeUndefined();
    expect(data!._entities).toEqual([
      { code: "E06000052", name: "Cornwall" },
      { code: "E08000023", name: "South Tyneside" },
      null,
      { code: "E12000008", name: "South East" },
      { id: "gill-taylor", name: "Gill Taylor" },
    ]);
    expect(subgraph.server.database.statements.total - before).toBe(3);
  });

  it("joins a district to its county and a county to its districts", async () => {
    const { data, errors } = await subgraph.execute(
      `{ cambridge: council(code: "E07000008") { county { code name } districts { code } }
         cambridgeshire: council(code: "E10000003") { county { code } districts { code name } }
         cornwall: council(code: "E06000052") { county { code } districts { code } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data!.cambridge).toEqual({ county: { code: "E10000003", name: "Cambridgeshire" }, districts: [] });
    expect(data!.cambridgeshire).toEqual({
      county: null,
      districts: [
        { code: "E07000008", name: "Cambridge" },
        { code: "E07000009", name: "East Cambridgeshire" },
        { code: "E07000010", name: "Fenland" },
        { code: "E07000011", name: "Huntingdonshire" },
        { code: "E07000012", name: "South Cambridgeshire" },
      ],
    });
    expect(data!.cornwall).toEqual({ county: null, districts: [] });
  });

  it("gives every district a county, in one statement for all their counties", async () => {
    const before = subgraph.server.database.statements.total;
    const { data, errors } = await subgraph.execute("{ councils(type: DISTRICT) { code county { code name type } } }");
    expect(errors).toBeUndefined();
    expect(data!.councils).toHaveLength(201);
    expect(data!.councils.filter((council: { county: unknown }) => council.county === null)).toEqual([]);
    expect(new Set(data!.councils.map((council: { county: { type: string } }) => council.county.type))).toEqual(new Set(["COUNTY"]));
    expect(new Set(data!.councils.map((council: { county: { code: string } }) => council.county.code)).size).toBe(27);
    // The districts, then their 27 counties in one batch.
    expect(subgraph.server.database.statements.total - before).toBe(2);
    const counties = await subgraph.execute("{ councils(type: COUNTY) { districts { code } } }");
    expect(counties.data!.councils.flatMap((county: { districts: unknown[] }) => county.districts)).toHaveLength(201);
  });

  it("seeds idempotently: a second seed adds nothing", async () => {
    const { dataSource } = subgraph.server.database;
    const counts = async () => [
      await dataSource.getRepository(Council).count(),
      await dataSource.getRepository(Region).count(),
      await dataSource.getRepository(Person).countBy({ provenance: Provenance.REFERENCE }),
    ];
    expect(await counts()).toEqual([353, 9, 9]);
    await seedCorporate(dataSource);
    expect(await counts()).toEqual([353, 9, 9]);
  });

  it("keeps the council register's rules in the database itself", async () => {
    const councils = subgraph.server.database.dataSource.getRepository(Council);
    // An unknown region breaks the foreign key; an unknown type breaks the check.
    await expectRefusedBy(
      councils.insert({ code: "E06000998", name: "Nowhere", type: "UNITARY" as never, upperTier: true, regionCode: "E12000010" }),
      "foreign key",
      /FOREIGN KEY constraint failed|FOREIGN KEY \(`region_code`\)/,
    );
    await expectRefusedBy(
      councils.insert({ code: "E06000998", name: "Nowhere", type: "PARISH" as never, upperTier: true, regionCode: "E12000001" }),
      "check",
      /council_type_known/,
    );
    expect(await councils.count()).toBe(353);
  });
});
