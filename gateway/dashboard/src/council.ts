import { errorsAt, gql, RequestFailed } from "./api";
import { chart, comparisonDots } from "./charts";
import { CONCERN_PAGE, type ConcernPage, concernTable, morePages, refusedConcerns } from "./concerns";
import { type Child, badge, h, link, number, table, words } from "./dom";
import { section } from "./section";
import { councilSupport } from "./support";
import { councilTimeline } from "./timeline";

interface Dated {
  id: string;
  status: string;
  provenance: string;
}

/** The children's and adult social care records of a council: a district shows its county's. */
interface CareRecords {
  childrensSupportLevel: string | null;
  childrensPeerChallenges: Array<Dated & { startsOn: string | null }> | null;
  safeguardingPeerReviews: Array<Dated & { requestedOn: string; reportedOn: string | null }> | null;
  childrensSelfAssessments: Array<Dated & { period: string }> | null;
  cqcRating2010: string | null;
  cqcRating2010Illustrative: boolean | null;
  localAccounts: Array<Dated & { year: number }> | null;
  adultsSignOff: { status: string; illustrative: boolean; missing: Array<{ description: string; neededFor: string }> } | null;
}

interface CouncilData extends CareRecords {
  county: (CareRecords & { code: string; name: string }) | null;
  code: string;
  name: string;
  type: string;
  upperTier: boolean;
  region: { code: string; name: string };
  principalAdviser: { name: string; email: string | null } | null;
  corporatePeerChallenges: Array<Dated & { interestExpressedOn: string; onSiteFrom: string | null; feedbackGivenOn: string | null }>;
  leadershipPlaces: Array<{ id: string; financialYear: string; programme: string; provenance: string }>;
  nearestNeighbours: Array<{ rank: number; distance: number; council: { code: string; name: string; type: string } }>;
}

const CARE_RECORDS = `childrensSupportLevel
    childrensPeerChallenges { id status startsOn provenance }
    safeguardingPeerReviews { id status requestedOn reportedOn provenance }
    childrensSelfAssessments { id period status provenance }
    cqcRating2010 cqcRating2010Illustrative
    localAccounts { id year status provenance }
    adultsSignOff { status illustrative missing { description neededFor } }`;

export const COUNCIL_QUERY = `query DashboardCouncil($code: ID!) {
  council(code: $code) {
    code name type upperTier
    region { code name }
    principalAdviser { name email }
    corporatePeerChallenges { id status interestExpressedOn onSiteFrom feedbackGivenOn provenance }
    leadershipPlaces { id financialYear programme provenance }
    ${CARE_RECORDS}
    county { code name ${CARE_RECORDS} }
    nearestNeighbours { rank distance council { code name type } }
  }
}`;

const demo = (provenance: string) => (provenance === "DEMO" ? [" ", badge("demo", "demo")] : null);

function records(label: string, id: string, items: Child[]): HTMLElement {
  return h("div", { class: "record", "data-record": id }, h("h3", {}, label), items.length ? h("ul", { class: "compact" }, items.map((item) => h("li", {}, item))) : h("p", { class: "muted" }, "None recorded."));
}

function singleView(council: CouncilData): HTMLElement {
  // A shire district's children's services and adult social care are its county's: show the county's records, saying so.
  const care: CareRecords | null = council.upperTier ? council : council.county;
  const runBy = council.county
    ? h("p", { class: "intro", "data-care-by": council.county.code }, "Run by the county: ", link(`/dashboard/council/${council.county.code}`, council.county.name), "'s records.")
    : null;
  return h(
    "div",
    {},
    h(
      "dl",
      { class: "facts" },
      h("dt", {}, "Type"),
      h("dd", { "data-fact": "type" }, words(council.type), council.upperTier ? " (upper tier)" : council.county ? " (shire district: its county runs children's and adult social care)" : " (shire district: no children's or adult social care)"),
      h("dt", {}, "Region"),
      h("dd", { "data-fact": "region" }, link(`/dashboard/region/${council.region.code}`, council.region.name)),
      council.county ? [h("dt", {}, "County"), h("dd", { "data-fact": "county" }, link(`/dashboard/council/${council.county.code}`, council.county.name))] : null,
      h("dt", {}, "Principal adviser"),
      h("dd", { "data-fact": "principal-adviser" }, council.principalAdviser?.name ?? "—"),
    ),
    h(
      "div",
      { class: "boards" },
      h(
        "article",
        { class: "board", "data-board": "corporate" },
        h("h3", {}, "LGA corporate offer"),
        records(
          "Corporate peer challenges",
          "corporate-peer-challenges",
          council.corporatePeerChallenges.map((challenge) => [
            h("strong", {}, words(challenge.status)),
            ` — interest ${challenge.interestExpressedOn}`,
            challenge.feedbackGivenOn ? `, feedback ${challenge.feedbackGivenOn}` : challenge.onSiteFrom ? `, on site ${challenge.onSiteFrom}` : "",
            demo(challenge.provenance),
          ]),
        ),
        records(
          "Leadership places",
          "leadership-places",
          council.leadershipPlaces.map((place) => [`${place.financialYear}: ${words(place.programme)}`, demo(place.provenance)]),
        ),
      ),
      h(
        "article",
        { class: "board", "data-board": "children" },
        h("h3", {}, "Children's Improvement Board"),
        care
          ? [
              runBy,
              h("p", {}, "Support level: ", h("strong", { "data-fact": "support-level" }, words(care.childrensSupportLevel))),
              records("Peer challenges", "childrens-peer-challenges", (care.childrensPeerChallenges ?? []).map((c) => [h("strong", {}, words(c.status)), c.startsOn ? ` from ${c.startsOn}` : "", demo(c.provenance)])),
              records("Safeguarding peer reviews", "safeguarding-peer-reviews", (care.safeguardingPeerReviews ?? []).map((r) => [h("strong", {}, words(r.status)), ` — requested ${r.requestedOn}`, r.reportedOn ? `, reported ${r.reportedOn}` : "", demo(r.provenance)])),
              records("Self-assessments", "self-assessments", (care.childrensSelfAssessments ?? []).map((s) => [`${s.period}: ${words(s.status)}`, demo(s.provenance)])),
            ]
          : h("p", { class: "muted" }, "Not a children's services authority."),
      ),
      h(
        "article",
        { class: "board", "data-board": "adults" },
        h("h3", {}, "Towards Excellence in Adult Social Care"),
        care
          ? [
              runBy ? runBy.cloneNode(true) : null,
              h("p", {}, "CQC rating 2009-10: ", h("strong", { "data-fact": "cqc-rating" }, words(care.cqcRating2010)), care.cqcRating2010Illustrative ? [" ", badge("illustrative", "demo")] : null),
              records("Local accounts", "local-accounts", (care.localAccounts ?? []).map((account) => [`${account.year}: ${words(account.status)}`, demo(account.provenance)])),
              care.adultsSignOff
                ? h(
                    "div",
                    { class: "record", "data-record": "adults-sign-off" },
                    h("h3", {}, "Sign-off"),
                    h("p", {}, h("strong", {}, words(care.adultsSignOff.status)), care.adultsSignOff.illustrative ? [" ", badge("illustrative", "demo")] : null),
                    care.adultsSignOff.missing.length
                      ? h("ul", { class: "compact" }, care.adultsSignOff.missing.map((item) => h("li", {}, `${item.description} (for ${words(item.neededFor)})`)))
                      : null,
                  )
                : null,
            ]
          : h("p", { class: "muted" }, "Not an adult social care authority."),
      ),
    ),
  );
}

async function councilOverview(code: string, setTitle: (name: string) => void): Promise<HTMLElement> {
  const { data } = await gql<{ council: CouncilData | null }>(COUNCIL_QUERY, { code });
  const council = data!.council;
  if (!council) return h("p", { class: "error", role: "alert" }, `There is no council ${code}.`);
  setTitle(council.name);
  return singleView(council);
}

async function councilConcerns(code: string): Promise<HTMLElement> {
  const { data, errors } = await gql<{ council: { concerns: ConcernPage | null } | null }>(
    `query DashboardCouncilConcerns($code: ID!) { council(code: $code) { ${CONCERN_PAGE} } }`,
    { code },
  );
  const refusal = errorsAt(errors, "council", "concerns")[0];
  if (data!.council?.concerns == null) {
    if (refusal && ["FORBIDDEN", "UNAUTHENTICATED"].includes(refusal.extensions?.code ?? "")) return refusedConcerns(refusal.extensions?.code);
    if (refusal) throw new RequestFailed(refusal.message, refusal.extensions?.code);
    return h("p", {}, "No such council.");
  }
  const page = data!.council.concerns;
  return h("div", { "data-concern-details": true }, [
    page.edges.length
      ? concernTable("The council's concerns, newest first", page.edges.map(({ node: concern }) => ({ concern })))
      : h("p", { "data-concern-details": "none" }, "No concerns recorded."),
    ...morePages([page]),
  ]);
}

interface Comparison {
  period: string | null;
  groupSize: number;
  reporting: number;
  median: number | null;
  metric: { id: string; title: string; unit: string; polarity: string; provenance: string; board: string };
  position: { rank: number | null; quartile: number | null; value: number | null };
  members: Array<{ council: { code: string; name: string }; value: number | null; rank: number | null }>;
}

/** The boards whose metrics the performance view shows, one board at a time (the LGA's first). */
const BOARDS: Array<[string, string]> = [
  ["CORPORATE", "Corporate (LGA)"],
  ["CHILDREN", "Children's services (CIB common data set)"],
  ["ADULTS", "Adult social care (TEASC)"],
];
const BOARD_BADGE: Record<string, string> = { CORPORATE: "LGA", CHILDREN: "CIB", ADULTS: "TEASC" };

/** The performance view: a board picker, and that board's metrics compared with the council's nearest neighbours. */
async function performance(code: string): Promise<HTMLElement> {
  const picker = h("select", { id: "performance-board", "aria-label": "Board" }, BOARDS.map(([value, label]) => h("option", { value }, label))) as HTMLSelectElement;
  const charts = h("div", { "data-performance-board": BOARDS[0][0] }, await boardPerformance(code, BOARDS[0][0]));
  picker.addEventListener("change", async () => {
    const board = picker.value;
    charts.setAttribute("aria-busy", "true");
    const shown = await boardPerformance(code, board);
    // A later choice may have overtaken this one: show only the board still chosen.
    if (picker.value !== board) return;
    charts.replaceChildren(shown);
    charts.setAttribute("data-performance-board", board);
    charts.removeAttribute("aria-busy");
  });
  return h("div", {}, h("label", { class: "picker" }, "Board ", picker), charts);
}

async function boardPerformance(code: string, board: string): Promise<HTMLElement> {
  const { data: metricData } = await gql<{ metrics: Array<{ id: string; board: string }> }>(
    "query DashboardMetrics($board: Board) { metrics(context: false, board: $board) { id board } }",
    { board },
  );
  const metrics = metricData!.metrics;
  if (!metrics.length) return h("p", {}, "No performance metrics of this board are held yet.");
  const { data } = await gql<Record<string, Comparison | null>>(
    `query DashboardNearestNeighbourComparisons($code: ID!) {
      ${metrics
        .map(
          (metric, index) => `m${index}: performanceComparison(council: $code, metric: "${metric.id}", group: NEAREST_NEIGHBOURS) {
            period groupSize reporting median
            metric { id title unit polarity provenance board }
            position { rank quartile value }
            members { council { code name } value rank }
          }`,
        )
        .join("\n")}
    }`,
    { code },
  );
  const comparisons = metrics.map((_, index) => data![`m${index}`]).filter((comparison): comparison is Comparison => comparison !== null);
  if (comparisons.every((comparison) => comparison.groupSize <= 1)) return h("p", {}, "No nearest neighbours are held for this council yet.");
  if (comparisons.every((comparison) => comparison.reporting === 0)) return h("p", {}, "This board holds no figures for this council (a shire district holds no social care).");
  return h(
    "div",
    { class: "charts-2" },
    comparisons.map((comparison) => {
      const members = comparison.members.filter((member) => member.value !== null);
      const self = comparison.members.find((member) => member.council.code === code);
      const title = `${comparison.metric.title} (${comparison.metric.unit}), ${comparison.period ?? "no period"}`;
      const better = comparison.metric.polarity === "HIGHER_IS_BETTER" ? "higher is better" : comparison.metric.polarity === "LOWER_IS_BETTER" ? "lower is better" : "no better direction";
      const description = `Dot plot: the council and its nearest neighbours, best first (${better}); the dashed line is the group's median, ${number(comparison.median)}. The council ranks ${comparison.position.rank ?? "unranked"} of ${comparison.reporting}.`;
      return chart({
        id: `comparison-${comparison.metric.id}`, boards: ["corporate"],
        title,
        description,
        draw: (width) =>
          comparisonDots(
            members.map((member) => ({ label: member.council.name, value: member.value!, self: member.council.code === code })),
            { width, title, description, xLabel: comparison.metric.unit, median: comparison.median },
          ),
        note: h(
          "span",
          { "data-position": comparison.metric.id, "data-board": comparison.metric.board },
          badge(BOARD_BADGE[comparison.metric.board] ?? comparison.metric.board, "board"),
          " ",
          `Rank ${comparison.position.rank ?? "—"} of ${comparison.reporting} (${better}); quartile ${comparison.position.quartile ?? "—"}; value ${number(self?.value ?? null)}; median ${number(comparison.median)}.`,
          comparison.metric.provenance === "DEMO" ? [" ", badge("demo figures", "demo")] : null,
        ),
        data: {
          headers: ["Council", "Value", "Rank"],
          rows: comparison.members.map((member) => [member.council.code === code ? h("strong", {}, member.council.name) : member.council.name, number(member.value), member.rank ?? "—"]),
        },
      });
    }),
  );
}

async function neighbours(code: string): Promise<HTMLElement> {
  const { data } = await gql<{ council: { nearestNeighbours: CouncilData["nearestNeighbours"] } | null }>(
    "query DashboardNearestNeighbours($code: ID!) { council(code: $code) { nearestNeighbours { rank distance council { code name type } } } }",
    { code },
  );
  const list = data!.council?.nearestNeighbours ?? [];
  if (!list.length) return h("p", {}, "No nearest neighbours are held for this council yet.");
  return table(
    "Nearest neighbours (CIPFA-style, on the context indicators)",
    ["Rank", "Council", "Type", "Distance"],
    list.map((neighbour) => [String(neighbour.rank), link(`/dashboard/council/${neighbour.council.code}`, neighbour.council.name), words(neighbour.council.type), number(neighbour.distance, 3)]),
    { "data-table": "nearest-neighbours" },
  );
}

/** The council view: the single view across the three boards, and comparisons with its nearest neighbours. */
export function councilView(code: string): HTMLElement {
  const heading = h("h1", {}, code);
  const setTitle = (name: string) => {
    heading.textContent = name;
    document.title = `${name} — sector-led improvement dashboards`;
  };
  return h(
    "div",
    { class: "view", "data-view": "council", "data-council": code },
    heading,
    section("council-single-view", "Single view", () => councilOverview(code, setTitle), undefined, ["corporate", "children", "adults"]),
    section("council-concerns", "Concerns", () => councilConcerns(code), "Confidential to the LGA central team, the region's principal adviser and the council's own officers.", ["corporate"]),
    section("council-support", "Support in place", () => councilSupport(code), "Counts for anyone; what the council asked for is confidential to the council, its principal adviser, the boards' officers and the LGA.", ["corporate"]),
    section("council-timeline", "Timeline across the boards", () => councilTimeline(code), "Every board's dated events, newest first; concerns only for those who may read them.", ["corporate", "children", "adults"]),
    section("council-performance", "Performance against nearest neighbours", () => performance(code), undefined, ["corporate"]),
    section("council-neighbours", "Nearest neighbours", () => neighbours(code), undefined, ["corporate"]),
  );
}
