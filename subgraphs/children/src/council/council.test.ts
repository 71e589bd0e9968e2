import { Council } from "./council.entity";
import { DISTRICT, ENTITIES, startChildren } from "../test-helpers";
import { seedChildren } from "../server";

describe.each(["sqlite", "mysql"] as const)("the CIB council register on %s", (kind) => {
  const { started, run } = startChildren(kind);

  it("extends councils through _entities: districts get empty lists and no support level", async () => {
    const { data, errors } = await started.execute(ENTITIES, {
      representations: [
        { __typename: "Council", code: "E08000023" }, // South Tyneside
        { __typename: "Council", code: DISTRICT },
      ],
    });
    expect(errors).toBeUndefined();
    const [southTyneside, district] = data!._entities;
    expect(southTyneside.childrensSupportLevel).toBe("UNIVERSAL");
    expect(district).toEqual({ code: DISTRICT, childrensSupportLevel: null, childrensSelfAssessments: [], childrensPeerChallenges: [], safeguardingPeerReviews: [] });
  });

  it("seeds demo data consistent with the published figures, idempotently", async () => {
    const summary = `{ safeguardingPeerReviewSummary { delivered costToCouncil }
      childrensPeerChallengeCoverage { england { upperTierCouncils engaged targetDate } regions { regionCode } }
      cibRegionalFunding(financialYear: "2012/13") { regionCode priorities } }`;
    const before = await run(summary);
    expect(before.data!.safeguardingPeerReviewSummary).toEqual({ delivered: 26, costToCouncil: 0 });
    expect(before.data!.childrensPeerChallengeCoverage.england).toMatchObject({ upperTierCouncils: 152, targetDate: "2012-12-31" });
    expect(before.data!.childrensPeerChallengeCoverage.regions).toHaveLength(9);
    expect(before.data!.cibRegionalFunding).toHaveLength(9);
    const leads = await started.execute(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrensRegionalLeads { role lead { person { name } provenance } } } } }`, {
      r: Array.from({ length: 9 }, (_, i) => ({ __typename: "Region", code: `E1200000${i + 1}` })),
    });
    for (const region of leads.data!._entities) {
      expect(region.childrensRegionalLeads).toHaveLength(3);
      for (const slot of region.childrensRegionalLeads) expect(slot.lead.provenance).toBe("DEMO");
    }
    await seedChildren(started.server.database.dataSource, started.config);
    const after = await run(summary);
    expect(after.data).toEqual(before.data);
    expect(await started.server.database.dataSource.getRepository(Council).count()).toBe(353);
  });

  it("refuses a support level for a shire district and a value outside the enum, in the database too", async () => {
    const councils = started.server.database.dataSource.getRepository(Council);
    // SQLite says "CHECK constraint failed: <name>", MariaDB "CONSTRAINT `<name>` failed": both name the CHECK that refused.
    await expect(councils.update({ code: DISTRICT }, { supportLevel: "TARGETED_SUPPORT" as never })).rejects.toThrow(/council_support_level_upper_tier/);
    await expect(councils.update({ code: "E10000002" }, { supportLevel: "SPECIAL" as never })).rejects.toThrow(/council_support_level_known/);
  });
});
