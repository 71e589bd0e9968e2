import { startSubgraph, testViewer } from "@sli/shared/testing";
import { createAdultsServer } from "../server";
import { codesOf, unratedUpperTierCouncils } from "../test-helpers";
import { AdultsRecognition, AdultsSignOff } from "./sign-off.entity";

const officer = testViewer("TEASC_OFFICER");

const SIGN_OFF = `status enteredOn invitedOn presentedOn recognisedOn nextStatus provenance illustrative note
  peerChallenge { onSiteFrom onSiteTo leadPeer subsidised }
  progressReport { kind outcome } peerChallengeResults { kind outcome } peerDirectorEndorsement { kind outcome }
  dhDeputyRegionalDirectorFeedback { kind outcome givenOn } principalAdviserFeedback { kind outcome author }
  evidenceHistory { kind outcome } missing { requirement neededFor description }
  recognition { recognisedOn recognisedOnPrecision knownBy provenance learningToShare { position learning } }`;

const ENTER = `mutation ($code: ID!, $on: LocalDate!) { enterAdultsSignOff(input: { council: $code, enteredOn: $on }) { ${SIGN_OFF} } }`;
const RATE = `mutation ($code: ID!, $rating: CqcRating!) { recordCqcRating2010(input: { council: $code, rating: $rating, source: "CQC 2010 (test)" }) { code } }`;
const PEER_CHALLENGE = `mutation ($input: RecordAdultsPeerChallengeInput!) { recordAdultsPeerChallenge(input: $input) { ${SIGN_OFF} } }`;
const EVIDENCE = `mutation ($input: RecordAdultsSignOffEvidenceInput!) { recordAdultsSignOffEvidence(input: $input) { ${SIGN_OFF} } }`;
const INVITE = `mutation ($code: ID!, $on: LocalDate!) { inviteAdultsSignOffToPresent(input: { council: $code, invitedOn: $on }) { ${SIGN_OFF} } }`;
const PRESENT = `mutation ($code: ID!, $on: LocalDate!) { recordAdultsSignOffPresentation(input: { council: $code, presentedOn: $on }) { ${SIGN_OFF} } }`;
const RECOGNISE = `mutation ($input: RecogniseAdultsSignOffInput!) { recogniseAdultsSignOff(input: $input) { ${SIGN_OFF} } }`;
const PROGRAMME = `{ adultsSignOffProgramme { council { code cqcRating2010Provenance } status missing { requirement }
  signOff { provenance illustrative note recognisedOn recognisedOnPrecision evidenceHistory { kind } enteredOn recognition { learningToShare { learning } } } } }`;

describe.each(["sqlite", "mysql"] as const)("the TEASC sign-off on %s", (kind) => {
  const subgraph = startSubgraph(kind, createAdultsServer);
  const free = unratedUpperTierCouncils();
  const gql = (query: string, variables: Record<string, unknown> = {}) => subgraph.execute(query, variables, officer);

  /** Rates a free council adequate and enters it on 2011-07-01. */
  async function entered(code: string) {
    expect((await gql(RATE, { code, rating: "ADEQUATE" })).errors).toBeUndefined();
    const answer = await gql(ENTER, { code, on: "2011-07-01" });
    expect(answer.errors).toBeUndefined();
    return answer.data!.enterAdultsSignOff;
  }
  const evidence = (code: string, kind: string, givenOn: string, outcome = "SUPPORTS_SIGN_OFF", author = "Test author") =>
    gql(EVIDENCE, { input: { council: code, kind, givenOn, author, outcome } });
  /** All five, supporting sign-off, after a peer challenge in February 2012. */
  async function gathered(code: string, adviser: string) {
    await entered(code);
    expect((await gql(PEER_CHALLENGE, { input: { council: code, onSiteFrom: "2012-02-06", onSiteTo: "2012-02-09", leadPeer: "Lead peer" } })).errors).toBeUndefined();
    for (const kind of ["PROGRESS_REPORT", "PEER_CHALLENGE_RESULTS", "PEER_DIRECTOR_ENDORSEMENT", "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK"]) {
      expect((await evidence(code, kind, "2012-03-01")).errors).toBeUndefined();
    }
    expect((await evidence(code, "PRINCIPAL_ADVISER_FEEDBACK", "2012-03-02", "SUPPORTS_SIGN_OFF", adviser)).errors).toBeUndefined();
  }
  const adviserOf = async (code: string) => {
    const { readCouncils, readRegions, readPeople } = await import("@sli/shared");
    const region = readRegions().find((r) => r.code === readCouncils().find((c) => c.code === code)!.regionCode)!;
    return `${readPeople().find((p) => p.id === region.principalAdviserId)!.name}, LGA principal adviser`;
  };

  it("shows the programme: three recognised by reference, four illustrative demo councils, and what each still lacks", async () => {
    const { data, errors } = await subgraph.execute(PROGRAMME);
    expect(errors).toBeUndefined();
    const rows = data!.adultsSignOffProgramme as Array<any>;
    expect(rows).toHaveLength(7);
    const reference = rows.filter((row) => row.signOff?.provenance === "REFERENCE");
    expect(reference.map((row) => row.council.code)).toEqual(["E06000052", "E06000056", "E08000023"]);
    for (const row of reference) {
      expect(row).toMatchObject({ status: "RECOGNISED", missing: [] });
      // Nothing beyond what the source says: the month, no step dates, no evidence, no learning.
      expect(row.signOff).toMatchObject({ recognisedOn: "2012-04-30", recognisedOnPrecision: "MONTH", enteredOn: null, evidenceHistory: [], illustrative: false, recognition: { learningToShare: [] } });
    }
    const demo = rows.filter((row) => row.signOff?.provenance === "DEMO");
    expect(demo).toHaveLength(4);
    for (const row of demo) {
      expect(row.signOff.illustrative).toBe(true);
      expect(row.signOff.note).toMatch(/^Illustrative/);
      expect(row.council.cqcRating2010Provenance).toBe("DEMO");
      expect(row.status).not.toBe("RECOGNISED");
      expect(row.missing.length).toBeGreaterThan(0);
    }
    const byStatus = demo.map((row) => row.status).sort();
    expect(byStatus).toEqual(["GATHERING_EVIDENCE", "GATHERING_EVIDENCE", "INVITED_TO_PRESENT", "PRESENTED"]);
    const disputed = demo.find((row) => row.status === "GATHERING_EVIDENCE" && row.missing.some((m: any) => m.requirement === "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK") && row.signOff.evidenceHistory.length === 5);
    expect(disputed).toBeTruthy();
  });

  it("answers who was recognised by a date", async () => {
    const query = `query ($date: LocalDate!) { adultsRecognisedBy(date: $date) { councilCode recognisedOn provenance } }`;
    const april = await subgraph.execute(query, { date: "2012-04-30" });
    expect(april.data!.adultsRecognisedBy.map((s: any) => s.councilCode)).toEqual(["E06000052", "E06000056", "E08000023"]);
    expect((await subgraph.execute(query, { date: "2012-04-30" })).data!.adultsRecognisedBy).toHaveLength(3);
    // "By April 2012" is not "by 15 April 2012".
    expect((await subgraph.execute(query, { date: "2012-04-15" })).data!.adultsRecognisedBy).toEqual([]);
    expect(codesOf(await subgraph.execute(query, { date: "April" }))).toEqual(["BAD_USER_INPUT"]);
  });

  it("lets only councils rated adequate enter, once, and upper-tier only", async () => {
    const [unrated, performing, twice] = free.slice(0, 3);
    const none = await gql(ENTER, { code: unrated, on: "2011-07-01" });
    expect(codesOf(none)).toEqual(["CONFLICT"]);
    expect(none.errors![0].message).toMatch(/Only councils rated ADEQUATE .* not recorded with a rating/);
    await gql(RATE, { code: performing, rating: "PERFORMING_WELL" });
    const notAdequate = await gql(ENTER, { code: performing, on: "2011-07-01" });
    expect(codesOf(notAdequate)).toEqual(["CONFLICT"]);
    expect(notAdequate.errors![0].message).toMatch(/is rated PERFORMING_WELL/);
    const district = await gql(ENTER, { code: "E07000004", on: "2011-07-01" });
    expect(codesOf(district)).toEqual(["BAD_USER_INPUT"]);
    expect(district.errors![0].message).toMatch(/shire district/);
    expect(codesOf(await gql(ENTER, { code: "E06000099", on: "2011-07-01" }))).toEqual(["NOT_FOUND"]);
    expect(codesOf(await gql(ENTER, { code: "E6", on: "2011-07-01" }))).toEqual(["BAD_USER_INPUT"]);
    expect(codesOf(await subgraph.execute(ENTER, { code: unrated, on: "2011-07-01" }))).toEqual(["UNAUTHENTICATED"]);
    const first = await entered(twice);
    expect(first).toMatchObject({ status: "GATHERING_EVIDENCE", provenance: "RECORDED", illustrative: false, nextStatus: "INVITED_TO_PRESENT" });
    const again = await gql(ENTER, { code: twice, on: "2011-07-02" });
    expect(codesOf(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0].message).toMatch(/already in the TEASC sign-off programme/);
    const recognised = await gql(ENTER, { code: "E06000052", on: "2011-07-02" });
    expect(codesOf(recognised)).toEqual(["CONFLICT"]);
  });

  it("refuses writes about a council outside the programme, and about a district", async () => {
    const outside = await gql(INVITE, { code: free[3], on: "2012-05-01" });
    expect(codesOf(outside)).toEqual(["CONFLICT"]);
    expect(outside.errors![0].message).toMatch(/not in the TEASC sign-off programme/);
    expect(outside.errors![0].extensions!.missing).toEqual(["ENTRY"]);
    const district = await evidence("E07000004", "PROGRESS_REPORT", "2012-03-01");
    expect(codesOf(district)).toEqual(["BAD_USER_INPUT"]);
  });

  it("walks GATHERING_EVIDENCE → INVITED_TO_PRESENT → PRESENTED → RECOGNISED, refusing every illegal move with what is missing", async () => {
    const code = free[4];
    const adviser = await adviserOf(code);
    const start = await entered(code);
    expect(start.missing.map((m: any) => m.requirement)).toEqual([
      "PEER_CHALLENGE", "PROGRESS_REPORT", "PEER_CHALLENGE_RESULTS", "PEER_DIRECTOR_ENDORSEMENT",
      "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK", "PRINCIPAL_ADVISER_FEEDBACK", "INVITATION", "PRESENTATION", "RECOGNITION",
    ]);

    // GATHERING_EVIDENCE: no step forward without the evidence, and no skipping.
    const invite = await gql(INVITE, { code, on: "2012-05-01" });
    expect(codesOf(invite)).toEqual(["CONFLICT"]);
    expect(invite.errors![0].message).toMatch(/is GATHERING_EVIDENCE and cannot move to INVITED_TO_PRESENT: missing the subsidised peer challenge; the council's progress report/);
    expect(invite.errors![0].extensions).toMatchObject({
      current: "GATHERING_EVIDENCE",
      requested: "INVITED_TO_PRESENT",
      allowed: ["INVITED_TO_PRESENT"],
      missing: ["PEER_CHALLENGE", "PROGRESS_REPORT", "PEER_CHALLENGE_RESULTS", "PEER_DIRECTOR_ENDORSEMENT", "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK", "PRINCIPAL_ADVISER_FEEDBACK"],
    });
    const present = await gql(PRESENT, { code, on: "2012-05-01" });
    expect(codesOf(present)).toEqual(["CONFLICT"]);
    expect(present.errors![0].extensions!.missing).toContain("INVITATION");
    const recognise = await gql(RECOGNISE, { input: { council: code, recognisedOn: "2012-06-01", learning: ["x"] } });
    expect(codesOf(recognise)).toEqual(["CONFLICT"]);
    expect(recognise.errors![0].extensions!.missing).toEqual(expect.arrayContaining(["PEER_CHALLENGE", "INVITATION", "PRESENTATION"]));
    expect(recognise.errors![0].extensions!.missing).not.toContain("RECOGNITION");

    // The results of the peer challenge need the peer challenge, and follow it.
    const early = await evidence(code, "PEER_CHALLENGE_RESULTS", "2012-03-01");
    expect(codesOf(early)).toEqual(["CONFLICT"]);
    expect(early.errors![0].message).toMatch(/need the peer challenge: record it first/);
    const badDates = await gql(PEER_CHALLENGE, { input: { council: code, onSiteFrom: "2012-02-09", onSiteTo: "2012-02-06", leadPeer: "Lead peer" } });
    expect(codesOf(badDates)).toEqual(["BAD_USER_INPUT"]);
    const beforeEntry = await gql(PEER_CHALLENGE, { input: { council: code, onSiteFrom: "2011-01-06", onSiteTo: "2011-01-09", leadPeer: "Lead peer" } });
    expect(codesOf(beforeEntry)).toEqual(["BAD_USER_INPUT"]);
    const held = await gql(PEER_CHALLENGE, { input: { council: code, onSiteFrom: "2012-02-06", onSiteTo: "2012-02-09", leadPeer: "Lead peer", focus: "Personalisation" } });
    expect(held.data!.recordAdultsPeerChallenge.peerChallenge).toEqual({ onSiteFrom: "2012-02-06", onSiteTo: "2012-02-09", leadPeer: "Lead peer", subsidised: true });
    const second = await gql(PEER_CHALLENGE, { input: { council: code, onSiteFrom: "2012-03-06", onSiteTo: "2012-03-09", leadPeer: "Other" } });
    expect(codesOf(second)).toEqual(["CONFLICT"]);
    expect(second.errors![0].message).toMatch(/already recorded: one per council/);
    expect(codesOf(await evidence(code, "PEER_CHALLENGE_RESULTS", "2012-02-08"))).toEqual(["BAD_USER_INPUT"]);

    // The principal adviser's confirmation comes from the region's principal adviser.
    const stranger = await evidence(code, "PRINCIPAL_ADVISER_FEEDBACK", "2012-03-02", "SUPPORTS_SIGN_OFF", "Someone Else");
    expect(codesOf(stranger)).toEqual(["BAD_USER_INPUT"]);
    expect(stranger.errors![0].message).toMatch(/must come from the LGA principal adviser for/);

    for (const k of ["PROGRESS_REPORT", "PEER_CHALLENGE_RESULTS", "PEER_DIRECTOR_ENDORSEMENT"]) expect((await evidence(code, k, "2012-03-01")).errors).toBeUndefined();
    expect((await evidence(code, "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK", "2012-03-05", "DOES_NOT_SUPPORT_SIGN_OFF")).errors).toBeUndefined();
    expect((await evidence(code, "PRINCIPAL_ADVISER_FEEDBACK", "2012-03-02", "SUPPORTS_SIGN_OFF", adviser)).errors).toBeUndefined();

    // All five in, but one does not support sign-off: still no invitation, and the refusal says which.
    const dissent = await gql(INVITE, { code, on: "2012-05-01" });
    expect(codesOf(dissent)).toEqual(["CONFLICT"]);
    expect(dissent.errors![0].extensions!.missing).toEqual(["DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK"]);
    expect(dissent.errors![0].message).toMatch(/feedback from the DH deputy regional director supporting sign-off \(the one given on 2012-03-05 by Test author does not\)/);

    // Recorded again, it replaces the earlier as current and keeps it as history.
    const revised = await evidence(code, "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK", "2012-04-10");
    expect(revised.data!.recordAdultsSignOffEvidence).toMatchObject({
      dhDeputyRegionalDirectorFeedback: { outcome: "SUPPORTS_SIGN_OFF", givenOn: "2012-04-10" },
      missing: [{ requirement: "INVITATION" }, { requirement: "PRESENTATION" }, { requirement: "RECOGNITION" }],
    });
    expect(revised.data!.recordAdultsSignOffEvidence.evidenceHistory).toHaveLength(6);

    // GATHERING_EVIDENCE → INVITED_TO_PRESENT, not dated before the evidence.
    expect(codesOf(await gql(INVITE, { code, on: "2012-04-01" }))).toEqual(["BAD_USER_INPUT"]);
    const invited = await gql(INVITE, { code, on: "2012-05-01" });
    expect(invited.errors).toBeUndefined();
    expect(invited.data!.inviteAdultsSignOffToPresent).toMatchObject({ status: "INVITED_TO_PRESENT", invitedOn: "2012-05-01", nextStatus: "PRESENTED" });

    // INVITED_TO_PRESENT: evidence is closed, no going back, no skipping the presentation.
    const late = await evidence(code, "PROGRESS_REPORT", "2012-05-02");
    expect(codesOf(late)).toEqual(["CONFLICT"]);
    expect(late.errors![0].message).toMatch(/is INVITED_TO_PRESENT: evidence is recorded only while GATHERING_EVIDENCE/);
    expect(codesOf(await gql(PEER_CHALLENGE, { input: { council: code, onSiteFrom: "2012-05-06", onSiteTo: "2012-05-09", leadPeer: "x" } }))).toEqual(["CONFLICT"]);
    const reinvite = await gql(INVITE, { code, on: "2012-05-02" });
    expect(codesOf(reinvite)).toEqual(["CONFLICT"]);
    expect(reinvite.errors![0].message).toMatch(/is INVITED_TO_PRESENT and cannot move to INVITED_TO_PRESENT: from INVITED_TO_PRESENT a TEASC sign-off moves only to PRESENTED/);
    const skip = await gql(RECOGNISE, { input: { council: code, recognisedOn: "2012-06-01", learning: ["x"] } });
    expect(codesOf(skip)).toEqual(["CONFLICT"]);
    expect(skip.errors![0].extensions).toMatchObject({ current: "INVITED_TO_PRESENT", requested: "RECOGNISED", allowed: ["PRESENTED"], missing: ["PRESENTATION"] });

    // INVITED_TO_PRESENT → PRESENTED, not before the invitation.
    expect(codesOf(await gql(PRESENT, { code, on: "2012-04-30" }))).toEqual(["BAD_USER_INPUT"]);
    const presented = await gql(PRESENT, { code, on: "2012-06-12" });
    expect(presented.data!.recordAdultsSignOffPresentation).toMatchObject({ status: "PRESENTED", presentedOn: "2012-06-12", missing: [{ requirement: "RECOGNITION" }] });

    // PRESENTED: no going back.
    expect(codesOf(await gql(PRESENT, { code, on: "2012-06-13" }))).toEqual(["CONFLICT"]);
    expect(codesOf(await gql(INVITE, { code, on: "2012-06-13" }))).toEqual(["CONFLICT"]);

    // PRESENTED → RECOGNISED, with the learning to share, not before the presentation.
    const noLearning = await gql(RECOGNISE, { input: { council: code, recognisedOn: "2012-07-01", learning: [" "] } });
    expect(codesOf(noLearning)).toEqual(["BAD_USER_INPUT"]);
    expect(noLearning.errors![0].message).toMatch(/learning identified to share/);
    expect(codesOf(await gql(RECOGNISE, { input: { council: code, recognisedOn: "2012-06-01", learning: ["x"] } }))).toEqual(["BAD_USER_INPUT"]);
    const recognised = await gql(RECOGNISE, { input: { council: code, recognisedOn: "2012-07-01", learning: ["Reablement with the NHS", "User-led local account"] } });
    expect(recognised.errors).toBeUndefined();
    expect(recognised.data!.recogniseAdultsSignOff).toMatchObject({
      status: "RECOGNISED",
      recognisedOn: "2012-07-01",
      nextStatus: null,
      missing: [],
      recognition: { recognisedOn: "2012-07-01", recognisedOnPrecision: "DAY", knownBy: "2012-07-01", provenance: "RECORDED", learningToShare: [{ position: 1, learning: "Reablement with the NHS" }, { position: 2, learning: "User-led local account" }] },
    });

    // RECOGNISED is the end.
    for (const [query, variables] of [
      [RECOGNISE, { input: { council: code, recognisedOn: "2012-07-02", learning: ["again"] } }],
      [PRESENT, { code, on: "2012-07-02" }],
      [INVITE, { code, on: "2012-07-02" }],
    ] as const) {
      const refused = await gql(query, variables);
      expect(codesOf(refused)).toEqual(["CONFLICT"]);
      expect(refused.errors![0].message).toMatch(/is RECOGNISED and cannot move to [A-Z_]+: RECOGNISED is final/);
    }
    expect(codesOf(await evidence(code, "PROGRESS_REPORT", "2012-07-02"))).toEqual(["CONFLICT"]);

    const by = `query ($date: LocalDate!) { adultsRecognisedBy(date: $date) { councilCode } }`;
    expect((await gql(by, { date: "2012-07-01" })).data!.adultsRecognisedBy.map((s: any) => s.councilCode)).toContain(code);
    expect((await gql(by, { date: "2012-06-30" })).data!.adultsRecognisedBy.map((s: any) => s.councilCode)).not.toContain(code);
  });

  it("leaves one recognition when twenty are attempted at once", async () => {
    const code = free[5];
    await gathered(code, await adviserOf(code));
    expect((await gql(INVITE, { code, on: "2012-05-01" })).errors).toBeUndefined();
    expect((await gql(PRESENT, { code, on: "2012-06-01" })).errors).toBeUndefined();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql(RECOGNISE, { input: { council: code, recognisedOn: `2012-07-${String(i + 1).padStart(2, "0")}`, learning: [`learning ${i}`] } })),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) expect(codesOf(refused)).toEqual(["CONFLICT"]);
    const signOff = await subgraph.server.database.dataSource.getRepository(AdultsSignOff).findOneByOrFail({ councilCode: code });
    expect(await subgraph.server.database.dataSource.getRepository(AdultsRecognition).countBy({ signOffId: signOff.id })).toBe(1);
  });

  it("lets one of twenty concurrent entries of a council in, and one invitation of twenty", async () => {
    const code = free[6];
    await gql(RATE, { code, rating: "ADEQUATE" });
    const entries = await Promise.all(Array.from({ length: 20 }, () => gql(ENTER, { code, on: "2011-07-01" })));
    expect(entries.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(entries.flatMap(codesOf).every((c) => c === "CONFLICT")).toBe(true);
    expect(await subgraph.server.database.dataSource.getRepository(AdultsSignOff).countBy({ councilCode: code })).toBe(1);

    const other = free[7];
    await gathered(other, await adviserOf(other));
    const invitations = await Promise.all(Array.from({ length: 20 }, () => gql(INVITE, { code: other, on: "2012-05-01" })));
    expect(invitations.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(invitations.flatMap(codesOf).every((c) => c === "CONFLICT")).toBe(true);
  });
});
