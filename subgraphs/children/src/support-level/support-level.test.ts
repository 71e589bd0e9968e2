import { DISTRICT, NO_CHILDRENS_SERVICES, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("support levels on %s", (kind) => {
  const { started, run, errorOf } = startChildren(kind);

  const RECORD_LEVEL = `mutation ($input: RecordChildrensSupportLevelInput!) { recordChildrensSupportLevel(input: $input) { code childrensSupportLevel childrensSupportLevelDecisions { level provenance } } }`;

  it("records a support level (RECORDED) and refuses a district with BAD_USER_INPUT", async () => {
    const { data, errors } = await run(RECORD_LEVEL, { input: { council: "E10000002", level: "EARLY_SUPPORT", decidedOn: "2012-06-01" } });
    expect(errors).toBeUndefined();
    expect(data!.recordChildrensSupportLevel.childrensSupportLevel).toBe("EARLY_SUPPORT");
    expect(data!.recordChildrensSupportLevel.childrensSupportLevelDecisions[0]).toEqual({ level: "EARLY_SUPPORT", provenance: "RECORDED" });
    const district = await errorOf(RECORD_LEVEL, { input: { council: DISTRICT, level: "EARLY_SUPPORT", decidedOn: "2012-06-01" } });
    expect(district.code).toBe("BAD_USER_INPUT");
    expect(district.message).toMatch(NO_CHILDRENS_SERVICES);
    expect((await errorOf(RECORD_LEVEL, { input: { council: "E10000002", level: "UNIVERSAL", decidedOn: "2012-13-01" } })).code).toBe("BAD_USER_INPUT");
    const anonymous = await started.execute(RECORD_LEVEL, { input: { council: "E10000002", level: "UNIVERSAL", decidedOn: "2012-06-01" } });
    expect(anonymous.errors![0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});
