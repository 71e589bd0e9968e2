import { readCouncils } from "@sli/shared";
import { executeOn, testViewer } from "@sli/shared/testing";
import { type RunningGraph, startGraph } from "./graph";

const partner = testViewer("PARTNER_SYSTEM", { scopes: ["adults:write"] });

// Through the subgraph with a token (graph.query sends none); read back through the gateway.
const STEPS: Array<[string, string, Record<string, unknown>]> = [
  ["record the 2009-10 rating", `mutation ($code: ID!) { recordCqcRating2010(input: { council: $code, rating: ADEQUATE, source: "CQC 2010 (end-to-end test)" }) { code } }`, {}],
  ["enter the programme", `mutation ($code: ID!) { enterAdultsSignOff(input: { council: $code, enteredOn: "2011-07-01" }) { status } }`, {}],
  ["record the peer challenge", `mutation ($code: ID!) { recordAdultsPeerChallenge(input: { council: $code, onSiteFrom: "2012-02-06", onSiteTo: "2012-02-09", leadPeer: "Lead peer" }) { status } }`, {}],
  ...["PROGRESS_REPORT", "PEER_CHALLENGE_RESULTS", "PEER_DIRECTOR_ENDORSEMENT", "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK"].map(
    (kind): [string, string, Record<string, unknown>] => [
      `record ${kind}`,
      `mutation ($code: ID!, $kind: AdultsEvidenceKind!) { recordAdultsSignOffEvidence(input: { council: $code, kind: $kind, givenOn: "2012-03-01", author: "Author", outcome: SUPPORTS_SIGN_OFF }) { status } }`,
      { kind },
    ],
  ),
  ["record the principal adviser's feedback", `mutation ($code: ID!, $adviser: String!) { recordAdultsSignOffEvidence(input: { council: $code, kind: PRINCIPAL_ADVISER_FEEDBACK, givenOn: "2012-03-02", author: $adviser, outcome: SUPPORTS_SIGN_OFF }) { status } }`, {}],
  ["invite to present", `mutation ($code: ID!) { inviteAdultsSignOffToPresent(input: { council: $code, invitedOn: "2012-05-01" }) { status } }`, {}],
  ["record the presentation", `mutation ($code: ID!) { recordAdultsSignOffPresentation(input: { council: $code, presentedOn: "2012-06-12" }) { status } }`, {}],
  ["recognise", `mutation ($code: ID!) { recogniseAdultsSignOff(input: { council: $code, recognisedOn: "2012-07-03", learning: ["Reablement with the NHS"] }) { status } }`, {}],
];

const READ_BACK = `query ($code: ID!) { council(code: $code) { code name region { name } principalAdviser { name } cqcRating2010 cqcRating2010Provenance
  adultsSignOff { status enteredOn invitedOn presentedOn recognisedOn provenance missing { requirement }
    peerChallenge { onSiteFrom } principalAdviserFeedback { author outcome } recognition { learningToShare { learning } } } } }`;

describe.each(["sqlite", "mysql"] as const)("the TEASC sign-off through the gateway on %s", (kind) => {
  let graph: RunningGraph;

  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("takes one adequate council from peer challenge to recognition with mutations alone", async () => {
    // Kent: no rating in the reference data, and not one of the demo data's picks.
    const programme = await graph.query(`{ adultsSignOffProgramme { council { code } } }`);
    const inProgramme = new Set(programme.data!.adultsSignOffProgramme.map((row: { council: { code: string } }) => row.council.code));
    const code = readCouncils().find((c) => c.upperTier && c.name === "Kent")!.code;
    expect(inProgramme.has(code)).toBe(false);
    const view = await graph.query(READ_BACK, { code });
    const adviser = `${view.data!.council.principalAdviser.name}, LGA principal adviser`;

    const statuses: string[] = [];
    for (const [step, mutation, variables] of STEPS) {
      const { data, errors } = await executeOn(graph.subgraphs.adults, mutation, { code, adviser, ...variables }, partner);
      expect({ step, errors }).toEqual({ step, errors: undefined });
      const answer = Object.values(data!)[0] as { status?: string };
      if (answer.status) statuses.push(answer.status);
      // Until the board recognises the council, the evidence's author is the council's and its advisers' (PUBLISHED): its own officer reads it back.
      const read = await graph.query(READ_BACK, { code }, await graph.token({ sub: "kent-officer", roles: ["COUNCIL_OFFICER"], council: code }));
      expect(read.errors).toBeUndefined();
      expect(read.data!.council.adultsSignOff?.status ?? null).toBe(answer.status ?? null);
    }
    expect([...new Set(statuses)]).toEqual(["GATHERING_EVIDENCE", "INVITED_TO_PRESENT", "PRESENTED", "RECOGNISED"]);

    // Recognised: published, so anyone reads it.
    const { data, errors } = await graph.query(READ_BACK, { code });
    expect(errors).toBeUndefined();
    expect(data!.council).toMatchObject({
      code,
      name: "Kent",
      region: { name: "South East" },
      cqcRating2010: "ADEQUATE",
      cqcRating2010Provenance: "RECORDED",
      adultsSignOff: {
        status: "RECOGNISED",
        enteredOn: "2011-07-01",
        invitedOn: "2012-05-01",
        presentedOn: "2012-06-12",
        recognisedOn: "2012-07-03",
        provenance: "RECORDED",
        missing: [],
        peerChallenge: { onSiteFrom: "2012-02-06" },
        principalAdviserFeedback: { author: adviser, outcome: "SUPPORTS_SIGN_OFF" },
        recognition: { learningToShare: [{ learning: "Reablement with the NHS" }] },
      },
    });
    const recognised = await graph.query(`{ adultsRecognisedBy(date: "2012-07-31") { council { code name } } }`);
    expect(recognised.data!.adultsRecognisedBy.map((s: { council: { name: string } }) => s.council.name)).toEqual([
      "Cornwall", "Central Bedfordshire", "South Tyneside", "Kent",
    ]);
  });

  it("refuses an illegal step with what is missing, through the same path", async () => {
    const code = readCouncils().find((c) => c.upperTier && c.name === "Surrey")!.code;
    await executeOn(graph.subgraphs.adults, STEPS[0][1], { code }, partner);
    await executeOn(graph.subgraphs.adults, STEPS[1][1], { code }, partner);
    const refused = await executeOn(graph.subgraphs.adults, STEPS[STEPS.length - 1][1], { code }, partner);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(["CONFLICT"]);
    expect(refused.errors![0].extensions!.missing).toEqual([
      "PEER_CHALLENGE", "PROGRESS_REPORT", "PEER_CHALLENGE_RESULTS", "PEER_DIRECTOR_ENDORSEMENT",
      "DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK", "PRINCIPAL_ADVISER_FEEDBACK", "INVITATION", "PRESENTATION",
    ]);
    const read = await graph.query(`query ($code: ID!) { council(code: $code) { adultsSignOff { status } } }`, { code });
    expect(read.data!.council.adultsSignOff).toEqual({ status: "GATHERING_EVIDENCE" });
  });
});
