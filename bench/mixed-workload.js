// The mixed workload's requests (bench/README.md, "The mixed workload"): what
// a day's traffic looks like — many councils, six kinds of caller, some writes.
// Request i depends only on the seed, i and the catalogue read from the seeded
// data, never on timing, so the same seed gives the same requests in any order.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const operations = new Map();
const operation = (name) => {
  if (!operations.has(name)) operations.set(name, fs.readFileSync(path.join(root, "test/operations", `${name}.graphql`), "utf8"));
  return operations.get(name);
};

/** mulberry32: small, fast, and the same on every machine. */
function mulberry32(state) {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Request i's own generator: independent of every other request, so workers may take requests in any order. */
const rngFor = (seed, index) => mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca77)) >>> 0);
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

/** The six kinds of caller the issue names. A principal adviser covers the region of the council asked about. */
const ROLES = ["LGA_OFFICER", "PRINCIPAL_ADVISER", "BOARD_MEMBER", "COUNCIL_OFFICER", "PARTNER_SYSTEM", "ANONYMOUS"];

/** Token claims for a role; `council` is the council the request is about (its region for an adviser, its officers). */
function claimsFor(role, council) {
  switch (role) {
    case "ANONYMOUS":
      return null;
    case "PRINCIPAL_ADVISER":
      return { sub: `bench-adviser-${council.region}`, name: `Bench adviser for ${council.region}`, roles: [role], regions: [council.region] };
    case "COUNCIL_OFFICER":
      return { sub: `bench-officer-${council.code}`, name: `Bench officer of ${council.code}`, roles: [role], council: council.code };
    case "PARTNER_SYSTEM":
      return { sub: "bench-partner", name: "Bench partner system", roles: [role], scopes: ["intelligence:read"] };
    default:
      return { sub: `bench-${role.toLowerCase()}`, name: `Bench ${role.toLowerCase().replace(/_/g, " ")}`, roles: [role] };
  }
}

const ADVISER_WATCHLIST = `# The principal adviser's watchlist: their region's councils ranked by early warning, every board's signals.
query AdviserWatchlist($region: ID!) {
  watchlist(region: $region, first: 10) {
    councils { code name earlyWarning { level assessedOn signals { board kind summary since } } }
  }
}`;

const COUNCIL_TIMELINE = `# A council's one timeline across the boards, newest first.
query CouncilTimeline($code: ID!) {
  council(code: $code) {
    code
    name
    timeline(first: 20) {
      edges { cursor node { board kind summary occurredOn } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const ADD_CONCERN_EVIDENCE = `mutation AddConcernEvidence($input: AddConcernEvidenceInput!) {
  addConcernEvidence(input: $input) { id evidenceItems }
}`;
const RECORD_CONCERN_CONTACT = `mutation RecordConcernContact($input: RecordConcernContactInput!) {
  recordConcernContact(input: $input) { id leadershipContactMade }
}`;
const RECORD_LEADERSHIP_PLACE = `mutation RecordLeadershipPlace($input: RecordLeadershipPlaceInput!) {
  recordLeadershipPlace(input: $input) { id financialYear programme }
}`;
const REQUEST_SUPPORT = `mutation RequestSupport($input: RequestSupportInput!) {
  requestSupport(input: $input) { id status board kind }
}`;
const UPDATE_LOCAL_ACCOUNT_DRAFT = `mutation UpdateLocalAccountDraft($input: UpdateLocalAccountDraftInput!) {
  updateLocalAccountDraft(input: $input) { id status engagement }
}`;

const LEADERSHIP_PROGRAMMES = ["LEADERSHIP_ACADEMY", "LEADING_EDGE", "NEXT_GENERATION"];

/**
 * The operation kinds and their shares of the traffic (per cent). Every write
 * is one the rules accept however often it is repeated (append-only, or an
 * edit of a draft that stays a draft), so the pool can be replayed by every
 * engine. The generator test covers whatever is listed.
 */
const KINDS = [
  { kind: "single-view", share: 50, build: (rng, cat) => read(rng, pick(rng, cat.councils), operation("council-single-view"), (c) => ({ code: c.code })) },
  {
    kind: "region-overview",
    share: 20,
    build: (rng, cat) => {
      // A region at random (each as likely as another), and a council of it for the callers tied to one.
      const region = pick(rng, cat.regions);
      return read(rng, pick(rng, cat.councils.filter((c) => c.region === region)), operation("region-overview"), () => ({ region }));
    },
  },
  { kind: "england-overview", share: 5, build: (rng, cat) => read(rng, pick(rng, cat.councils), operation("england-overview"), () => ({})) },
  {
    kind: "adviser-watchlist",
    share: 7.5,
    build: (rng, cat) => {
      const council = pick(rng, cat.councils);
      return { role: "PRINCIPAL_ADVISER", claims: claimsFor("PRINCIPAL_ADVISER", council), query: ADVISER_WATCHLIST, variables: { region: council.region } };
    },
  },
  {
    kind: "council-timeline",
    share: 7.5,
    // Anyone may read a timeline; concern and support events only those who may read them.
    build: (rng, cat) => read(rng, pick(rng, cat.councils), COUNCIL_TIMELINE, (c) => ({ code: c.code })),
  },
  {
    kind: "write-concern-evidence",
    write: true,
    share: 2,
    build: (rng, cat, index) => {
      const concern = pick(rng, cat.openConcerns);
      return {
        role: "PRINCIPAL_ADVISER",
        claims: claimsFor("PRINCIPAL_ADVISER", concern.council),
        query: ADD_CONCERN_EVIDENCE,
        variables: { input: { id: concern.id, evidence: [{ description: `Bench evidence, request ${index}`, source: "Bench monitoring report" }] } },
      };
    },
  },
  {
    kind: "write-concern-contact",
    write: true,
    share: 2,
    build: (rng, cat, index) => {
      const concern = pick(rng, cat.openConcerns);
      return {
        role: "LGA_OFFICER",
        claims: claimsFor("LGA_OFFICER", concern.council),
        query: RECORD_CONCERN_CONTACT,
        variables: { input: { id: concern.id, level: "OTHER", contactedOn: concern.raisedOn, notes: `Bench contact, request ${index}` } },
      };
    },
  },
  {
    kind: "write-leadership-place",
    write: true,
    share: 2,
    build: (rng, cat, index) => {
      const council = pick(rng, cat.councils);
      // Unsubsidised: a council may book any number of those (one subsidised place a year only).
      return {
        role: "LGA_OFFICER",
        claims: claimsFor("LGA_OFFICER", council),
        query: RECORD_LEADERSHIP_PLACE,
        variables: {
          input: { council: council.code, financialYear: "2024/25", programme: pick(rng, LEADERSHIP_PROGRAMMES), participantName: `Bench participant ${index}`, subsidised: false },
        },
      };
    },
  },
  {
    kind: "write-local-account-draft",
    write: true,
    share: 2,
    build: (rng, cat, index) => {
      const draft = pick(rng, cat.localAccountDrafts);
      return {
        role: "COUNCIL_OFFICER",
        claims: claimsFor("COUNCIL_OFFICER", draft.council),
        query: UPDATE_LOCAL_ACCOUNT_DRAFT,
        variables: { input: { id: draft.id, engagement: `Engaged through the bench's survey, request ${index}` } },
      };
    },
  },
  {
    kind: "write-support-request",
    write: true,
    share: 2,
    build: (rng, cat, index) => {
      // A council asks for support in its own words: a new request each time, which the rules always take from its officers.
      const council = pick(rng, cat.councils);
      return {
        role: "COUNCIL_OFFICER",
        claims: claimsFor("COUNCIL_OFFICER", council),
        query: REQUEST_SUPPORT,
        variables: { input: { council: council.code, need: `Bench request ${index}: help with the budget gap`, board: "CORPORATE", kind: pick(rng, ["MENTORING", "MEMBER_PEER_SUPPORT", "CORPORATE_PEER_CHALLENGE"]) } },
      };
    },
  },
];

function read(rng, council, query, variables) {
  const role = pick(rng, ROLES);
  return { role, claims: claimsFor(role, council), query, variables: variables(council) };
}

const TOTAL_SHARE = KINDS.reduce((sum, k) => sum + k.share, 0);

/** Request `index` of the workload seeded `seed` over `catalogue`: { kind, write, role, claims, query, variables }. */
function mixedRequest(seed, index, catalogue, kinds = KINDS) {
  const rng = rngFor(seed, index);
  let roll = rng() * TOTAL_SHARE;
  let chosen = kinds[kinds.length - 1];
  for (const k of kinds) {
    if (roll < k.share) {
      chosen = k;
      break;
    }
    roll -= k.share;
  }
  return { kind: chosen.kind, write: Boolean(chosen.write), ...chosen.build(rng, catalogue, index) };
}

/** The first `count` requests. */
const mixedRequests = (seed, count, catalogue) => Array.from({ length: count }, (_, i) => mixedRequest(seed, i, catalogue));

/**
 * What the requests are drawn from, read through the graph with writers'
 * tokens and sorted, so the same seeded data gives the same catalogue:
 * the councils and their regions, the concerns still open to evidence and
 * contacts, and the local accounts still in draft.
 * `query(text, variables, claims)` sends one operation and answers { data, errors }.
 */
async function readCatalogue(query) {
  const lga = { sub: "bench-catalogue", name: "Bench catalogue", roles: ["LGA_OFFICER"] };
  const teasc = { sub: "bench-catalogue", name: "Bench catalogue", roles: ["TEASC_OFFICER"] };
  const councilsAnswer = await query("query BenchCouncils { councils { code region { code } localAccounts { id status } } }", {}, teasc);
  if (!councilsAnswer.data?.councils) throw new Error(`could not read the councils: ${JSON.stringify(councilsAnswer.errors ?? councilsAnswer).slice(0, 400)}`);
  const councils = councilsAnswer.data.councils.map((c) => ({ code: c.code, region: c.region.code })).sort((a, b) => a.code.localeCompare(b.code));
  const byCode = new Map(councils.map((c) => [c.code, c]));
  const localAccountDrafts = councilsAnswer.data.councils
    .flatMap((c) => c.localAccounts.filter((a) => a.status === "DRAFT").map((a) => ({ id: a.id, council: byCode.get(c.code) })))
    .sort((a, b) => Number(a.id) - Number(b.id));
  const openConcerns = [];
  let after = null;
  for (;;) {
    const answer = await query(
      "query BenchConcerns($after: String) { concerns(first: 100, after: $after) { edges { node { id raisedOn status council { code } } } pageInfo { hasNextPage endCursor } } }",
      { after },
      lga,
    );
    const page = answer.data?.concerns;
    if (!page) throw new Error(`could not read the concerns: ${JSON.stringify(answer.errors ?? answer).slice(0, 400)}`);
    for (const { node } of page.edges) {
      if (node.status === "OPEN" || node.status === "SHARED") openConcerns.push({ id: node.id, raisedOn: node.raisedOn, council: byCode.get(node.council.code) });
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  openConcerns.sort((a, b) => Number(a.id) - Number(b.id));
  if (!councils.length || !openConcerns.length || !localAccountDrafts.length) {
    throw new Error(`the seeded data has ${councils.length} councils, ${openConcerns.length} open concerns and ${localAccountDrafts.length} local account drafts: the mixed workload needs some of each`);
  }
  return { councils, regions: [...new Set(councils.map((c) => c.region))].sort(), openConcerns, localAccountDrafts };
}

/**
 * Error codes that are the rules' own answers (a caller without the right
 * token, a record they may not see, a refused move), counted apart from
 * errors: the single view asked anonymously refuses its confidential concerns.
 */
const REFUSAL_CODES = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "BAD_USER_INPUT", "CONFLICT"]);

module.exports = { KINDS, ROLES, REFUSAL_CODES, mixedRequest, mixedRequests, readCatalogue, claimsFor, mulberry32 };
