import { gql } from "./api";
import { chart, stackedBars } from "./charts";
import { concernCounts, regionConcernDetails } from "./concerns";
import { badge, h, link, table, tile, words } from "./dom";
import { regions } from "./regions";
import { navigate } from "./router";
import { section } from "./section";
import { regionSupport } from "./support";

export interface RegionCouncil {
  code: string;
  name: string;
  type: string;
  upperTier: boolean;
  corporatePeerChallenges: Array<{ status: string }>;
  childrensSupportLevel: string | null;
  childrensPeerChallenges: Array<{ status: string }> | null;
  safeguardingPeerReviews: Array<{ status: string }> | null;
  cqcRating2010: string | null;
  cqcRating2010Illustrative: boolean | null;
  localAccounts: Array<{ year: number }> | null;
  adultsSignOff: { status: string } | null;
}

export const REGION_QUERY = `query DashboardRegion($code: ID!) {
  region(code: $code) {
    code
    name
    principalAdviser { name email }
    childrensPeerChallengeCoverage { upperTierCouncils engaged completed notYetEngaged }
    councils {
      code name type upperTier
      corporatePeerChallenges { status }
      childrensSupportLevel
      childrensPeerChallenges { status }
      safeguardingPeerReviews { status }
      cqcRating2010 cqcRating2010Illustrative
      localAccounts { year }
      adultsSignOff { status }
    }
  }
}`;

/** The latest record's status (lists come oldest first), in words. */
export function latest(list: Array<{ status: string }> | null | undefined): string {
  return list?.length ? words(list[list.length - 1].status) : "—";
}

/** The columns of the status at a glance, one function per board's column. */
export const COLUMNS: Array<[string, (council: RegionCouncil) => string]> = [
  ["Corporate peer challenge", (c) => latest(c.corporatePeerChallenges)],
  ["Children's support level", (c) => words(c.childrensSupportLevel)],
  ["Children's peer challenge", (c) => latest(c.childrensPeerChallenges)],
  ["Safeguarding peer review", (c) => latest(c.safeguardingPeerReviews)],
  ["CQC rating 2009-10", (c) => words(c.cqcRating2010)],
  ["Latest local account", (c) => (c.localAccounts?.length ? String(Math.max(...c.localAccounts.map((account) => account.year))) : "—")],
  ["Adults sign-off", (c) => words(c.adultsSignOff?.status)],
];

interface RegionData {
  code: string;
  name: string;
  principalAdviser: { name: string; email: string | null } | null;
  childrensPeerChallengeCoverage: { upperTierCouncils: number; engaged: number; completed: number; notYetEngaged: number } | null;
  councils: RegionCouncil[];
}

/** One request for the region, shared by the sections that show it (asked again only after a failure). */
function regionLoader(code: string): () => Promise<RegionData | null> {
  let pending: Promise<RegionData | null> | null = null;
  return () =>
    (pending ??= gql<{ region: RegionData | null }>(REGION_QUERY, { code })
      .then(({ data }) => data!.region)
      .catch((error: unknown) => {
        pending = null;
        throw error;
      }));
}

const noSuchRegion = (code: string) => h("p", { class: "error", role: "alert" }, `There is no region ${code}.`);

async function summary(code: string, load: () => Promise<RegionData | null>): Promise<HTMLElement> {
  const region = await load();
  if (!region) return noSuchRegion(code);
  const councils = region.councils;
  const upper = councils.filter((council) => council.upperTier);
  const corporateStatuses = ["delivered", "booked or on site", "interest expressed", "none yet"];
  const corporateState = (council: RegionCouncil) => {
    const status = council.corporatePeerChallenges.at(-1)?.status;
    if (status === "FEEDBACK_GIVEN" || status === "REPORT_PUBLISHED") return corporateStatuses[0];
    if (status === "BOOKED" || status === "ON_SITE") return corporateStatuses[1];
    if (status === "INTEREST_EXPRESSED") return corporateStatuses[2];
    return corporateStatuses[3];
  };
  const counts = corporateStatuses.map((state) => councils.filter((council) => corporateState(council) === state).length);
  const title = `Corporate peer challenge: ${region.name}'s councils by latest status`;
  const description = `Horizontal bar: ${corporateStatuses.map((state, index) => `${state}: ${counts[index]}`).join(", ")}.`;
  const coverage = region.childrensPeerChallengeCoverage;
  return h(
    "div",
    {},
    h("p", { class: "lede" }, "Principal adviser: ", h("strong", { "data-principal-adviser": true }, region.principalAdviser?.name ?? "none recorded")),
    h(
      "div",
      { class: "tiles" },
      tile("region-councils", "Councils", councils.length, `${upper.length} upper tier`),
      coverage ? tile("region-children-engaged", "Children's peer challenge: engaged", `${coverage.engaged} of ${coverage.upperTierCouncils}`, `${coverage.completed} completed`) : null,
      tile("region-adults-sign-off", "In the adults sign-off", councils.filter((council) => council.adultsSignOff).length),
    ),
    chart({
      id: "region-corporate", boards: ["corporate"],
      title,
      description,
      draw: (width) =>
        stackedBars(
          corporateStatuses.map((state, index) => ({ label: region.name, series: state, value: counts[index] })),
          { width, title, description, series: corporateStatuses, xLabel: "councils" },
        ),
      data: { headers: ["Latest status", "Councils"], rows: corporateStatuses.map((state, index) => [state, counts[index]]) },
    }),
  );
}

async function councilTable(code: string, load: () => Promise<RegionData | null>): Promise<HTMLElement> {
  const region = await load();
  if (!region) return noSuchRegion(code);
  const councils = region.councils;
  return table(
      `Every council of ${region.name}: each board's status at a glance`,
      ["Council", "Type", ...COLUMNS.map(([header]) => header)],
      councils.map((council) => [
        link(`/dashboard/council/${council.code}`, council.name),
        words(council.type),
        ...COLUMNS.map(([header, value]) =>
          header.startsWith("CQC") && council.cqcRating2010Illustrative ? h("span", {}, value(council), " ", badge("illustrative", "demo")) : value(council),
        ),
      ]),
      { "data-table": "region-councils", class: "status-table" },
  );
}

/** The region view: every council with each board's status, and concerns as the viewer may see them. */
export function regionView(code: string): HTMLElement {
  const picker = h("select", { id: "region-picker", "aria-label": "Region" }) as HTMLSelectElement;
  const heading = h("h1", {}, "Region");
  void regions().then((all) => {
    picker.replaceChildren(...all.map((region) => h("option", { value: region.code, selected: region.code === code }, region.name)));
    heading.textContent = all.find((region) => region.code === code)?.name ?? code;
  });
  picker.addEventListener("change", () => navigate(`/dashboard/region/${picker.value}`));
  const load = regionLoader(code);
  return h(
    "div",
    { class: "view", "data-view": "region", "data-region": code },
    h("div", { class: "view-head" }, heading, h("label", { class: "picker" }, "Region ", picker)),
    section("region-overview", "Status at a glance", () => summary(code, load), undefined, ["corporate", "children", "adults"]),
    section(
      "region-concerns",
      "Concerns about significant underperformance",
      async () => {
        const name = (await regions()).find((region) => region.code === code)?.name ?? code;
        const [counts, details] = await Promise.all([concernCounts(code, name), regionConcernDetails(code)]);
        return h("div", {}, h("h3", {}, "Counts"), counts, h("h3", {}, "Details"), details);
      },
      "Confidential intelligence: board members see counts only; the LGA central team, the region's principal adviser and a council's own officers see the details.",
      ["corporate"],
    ),
    section("region-support", "Support in place", () => regionSupport(code), "Support from the three boards, counted: the records themselves are for the region's principal adviser, the boards' officers and the LGA.", ["corporate"]),
    section("region-councils", "Every council: each board's status", () => councilTable(code, load), undefined, ["corporate", "children", "adults"]),
  );
}
