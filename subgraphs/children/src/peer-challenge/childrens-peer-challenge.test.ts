import { DISTRICT, ENTITIES, NO_CHILDRENS_SERVICES, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("children's services peer challenges on %s", (kind) => {
  const { started, run, errorOf } = startChildren(kind);

  const PLAN = `mutation ($input: PlanChildrensPeerChallengeInput!) { planChildrensPeerChallenge(input: $input) { id status dcsDaysAgreed model { name } leadPeer { name } team { role person { name } } } }`;
  const PC = "id status dcsDaysGiven startsOn";
  const SCHEDULE = `mutation ($input: ScheduleChildrensPeerChallengeInput!) { scheduleChildrensPeerChallenge(input: $input) { ${PC} } }`;
  const START = `mutation ($input: StartChildrensPeerChallengeVisitInput!) { startChildrensPeerChallengeVisit(input: $input) { ${PC} } }`;
  const COMPLETE = `mutation ($input: CompleteChildrensPeerChallengeInput!) { completeChildrensPeerChallenge(input: $input) { ${PC} } }`;
  const COVERAGE = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrensPeerChallengeModels { id name } childrensPeerChallengeCoverage { upperTierCouncils engaged completed notYetEngaged targetMet targetDate } } } }`;

  it("runs a peer challenge through its lifecycle under its region's model, and counts it in the region's coverage", async () => {
    const region = async () => (await started.execute(COVERAGE, { r: [{ __typename: "Region", code: "E12000001" }] })).data!._entities[0];
    const before = await region();
    expect(before.childrensPeerChallengeCoverage).toMatchObject({ upperTierCouncils: 12, targetDate: "2012-12-31" });
    // Find a North East council not yet engaged.
    const { data: england } = await run(`{ childrensPeerChallengeCoverage { england { engaged } } }`);
    const ne = ["E06000001", "E06000002", "E06000003", "E06000004", "E06000005", "E06000047", "E06000057", "E08000021", "E08000022", "E08000023", "E08000024", "E08000037"];
    const codes = await started.execute(ENTITIES, { representations: ne.map((code) => ({ __typename: "Council", code })) });
    const free = codes.data!._entities.find((c: { childrensPeerChallenges: Array<{ status: string }> }) => c.childrensPeerChallenges.every((p) => p.status === "CANCELLED"));
    expect(free).toBeDefined();
    const model = before.childrensPeerChallengeModels[0].id;
    const planned = await run(PLAN, { input: { council: free.code, model, leadPeer: { name: "Lead Peer" }, team: [{ person: { name: "Team Peer" }, role: "Peer DCS" }] } });
    expect(planned.errors).toBeUndefined();
    expect(planned.data!.planChildrensPeerChallenge).toMatchObject({ status: "PLANNED", dcsDaysAgreed: 5, leadPeer: { name: "Lead Peer" }, team: [{ role: "Peer DCS", person: { name: "Team Peer" } }] });
    const id = planned.data!.planChildrensPeerChallenge.id;
    const after = await region();
    expect(after.childrensPeerChallengeCoverage.engaged).toBe(before.childrensPeerChallengeCoverage.engaged + 1);
    const national = await run(`{ childrensPeerChallengeCoverage { england { engaged } } }`);
    expect(national.data!.childrensPeerChallengeCoverage.england.engaged).toBe(england!.childrensPeerChallengeCoverage.england.engaged + 1);

    const again = await errorOf(PLAN, { input: { council: free.code, model } });
    expect(again).toMatchObject({ code: "CONFLICT" });
    expect(again.message).toMatch(/one live peer challenge per council/);
    const early = await errorOf(COMPLETE, { input: { id, dcsDaysGiven: 5 } });
    expect(early.message).toMatch(/is PLANNED and cannot move to COMPLETED: from PLANNED a children's services peer challenge moves only to SCHEDULED or CANCELLED/);
    expect(early).toMatchObject({ code: "CONFLICT", current: "PLANNED", requested: "COMPLETED", allowed: ["SCHEDULED", "CANCELLED"] });
    expect((await errorOf(SCHEDULE, { input: { id, startsOn: "2012-10-04", endsOn: "2012-10-01" } })).message).toMatch(/cannot end \(2012-10-01\) before it starts/);
    expect((await errorOf(SCHEDULE, { input: { id, startsOn: "2012-10-01", endsOn: "2012-10-32" } })).code).toBe("BAD_USER_INPUT");
    expect((await run(SCHEDULE, { input: { id, startsOn: "2012-10-01", endsOn: "2012-10-04" } })).errors).toBeUndefined();
    expect((await run(START, { input: { id } })).errors).toBeUndefined();
    expect((await errorOf(COMPLETE, { input: { id, dcsDaysGiven: 21 } })).message).toMatch(/dcsDaysGiven must be a whole number from 0 to 20/);
    const done = await run(COMPLETE, { input: { id, dcsDaysGiven: 4 } });
    expect(done.data!.completeChildrensPeerChallenge).toMatchObject({ status: "COMPLETED", dcsDaysGiven: 4 });
    expect((await region()).childrensPeerChallengeCoverage.completed).toBe(before.childrensPeerChallengeCoverage.completed + 1);
  });

  it("refuses a model of another region, and a district, for a peer challenge", async () => {
    const { data } = await started.execute(COVERAGE, { r: [{ __typename: "Region", code: "E12000009" }] });
    const southWestModel = data!._entities[0].childrensPeerChallengeModels[0].id;
    const wrong = await errorOf(PLAN, { input: { council: "E08000023", model: southWestModel } });
    expect(wrong.code).toBe("BAD_USER_INPUT");
    expect(wrong.message).toMatch(/belongs to region E12000009/);
    const district = await errorOf(PLAN, { input: { council: DISTRICT, model: southWestModel } });
    expect(district.message).toMatch(NO_CHILDRENS_SERVICES);
  });
});
