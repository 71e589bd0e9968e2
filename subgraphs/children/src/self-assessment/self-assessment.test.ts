import { DISTRICT, NO_CHILDRENS_SERVICES, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("self-assessments on %s", (kind) => {
  const { run, errorOf } = startChildren(kind);

  const SELF = `mutation ($input: RecordChildrensSelfAssessmentInput!) { recordChildrensSelfAssessment(input: $input) { id status period strengths } }`;
  const SUBMIT = `mutation ($input: SubmitChildrensSelfAssessmentInput!) { submitChildrensSelfAssessment(input: $input) { status } }`;
  const CHALLENGE = `mutation ($input: RecordSelfAssessmentChallengeInput!) { recordSelfAssessmentChallenge(input: $input) { status peerChallenge { outcome heldOn challengedBy { code } } } }`;

  it("records a self-assessment, its submission and its external peer challenge by other councils", async () => {
    const input = { council: "E08000023", period: "2012/13", summary: "Our view", strengths: ["Early help"], areasForImprovement: ["Placements"] };
    const created = await run(SELF, { input });
    expect(created.errors).toBeUndefined();
    const id = created.data!.recordChildrensSelfAssessment.id;
    expect((await errorOf(SELF, { input })).message).toMatch(/one per council per period/);
    const challenge = { selfAssessment: id, challengers: ["E08000021", "E08000024"], heldOn: "2012-11-01", outcome: "CONFIRMED_WITH_ADDITIONS" };
    const notYet = await errorOf(CHALLENGE, { input: challenge });
    expect(notYet).toMatchObject({ code: "CONFLICT" });
    expect(notYet.message).toMatch(/is DRAFT and cannot move to CHALLENGED: from DRAFT a self-assessment moves only to SUBMITTED/);
    expect(notYet).toMatchObject({ current: "DRAFT", requested: "CHALLENGED", allowed: ["SUBMITTED"] });
    expect((await run(SUBMIT, { input: { id } })).data!.submitChildrensSelfAssessment.status).toBe("SUBMITTED");
    const self = await errorOf(CHALLENGE, { input: { ...challenge, challengers: ["E08000023"] } });
    expect(self.message).toMatch(/cannot challenge its own self-assessment/);
    expect((await errorOf(CHALLENGE, { input: { ...challenge, challengers: [DISTRICT] } })).message).toMatch(NO_CHILDRENS_SERVICES);
    const done = await run(CHALLENGE, { input: challenge });
    expect(done.errors).toBeUndefined();
    expect(done.data!.recordSelfAssessmentChallenge).toEqual({
      status: "CHALLENGED",
      peerChallenge: { outcome: "CONFIRMED_WITH_ADDITIONS", heldOn: "2012-11-01", challengedBy: [{ code: "E08000021" }, { code: "E08000024" }] },
    });
    expect((await errorOf(CHALLENGE, { input: challenge })).message).toMatch(/is CHALLENGED and cannot move to CHALLENGED: CHALLENGED is final/);
    expect((await errorOf(SELF, { input: { ...input, council: DISTRICT } })).message).toMatch(NO_CHILDRENS_SERVICES);
  });
});
