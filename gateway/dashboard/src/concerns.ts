import { errorsAt, gql, RequestFailed } from "./api";
import { chart, stackedBars } from "./charts";
import { type Child, badge, h, link, table, words } from "./dom";
import { restricted } from "./section";

export const SEVERITIES = ["EMERGING", "SIGNIFICANT", "SERIOUS"];

export interface ConcernRow {
  id: string;
  severity: string;
  status: string;
  raisedOn: string;
  summary: string;
  awaitingLeadershipContact: boolean;
  provenance: string;
}

export const CONCERN_FIELDS = "id severity status raisedOn summary awaitingLeadershipContact provenance";

/**
 * A council's newest concerns, one page of Council.concernsConnection, under
 * the alias `concerns` so that a refusal's path reads as before.
 */
export const CONCERN_PAGE = `concerns: concernsConnection { edges { node { ${CONCERN_FIELDS} } } pageInfo { hasNextPage } }`;

export interface ConcernPage {
  edges: Array<{ node: ConcernRow }>;
  pageInfo: { hasNextPage: boolean };
}

/** A note under a table that shows only a council's newest page of concerns. */
export const morePages = (pages: ConcernPage[]): Child[] =>
  pages.some((page) => page.pageInfo.hasNextPage) ? [h("p", { "data-concern-more": true }, "Only the newest concerns of each council are shown.")] : [];

const REFUSED = new Set(["FORBIDDEN", "UNAUTHENTICATED"]);

/** Concern counts for a region: for board members, the LGA central team and principal advisers. */
export async function concernCounts(region: string, regionName: string): Promise<HTMLElement> {
  let counts: Array<{ severity: string; count: number }>;
  try {
    const { data } = await gql<{ concernCounts: Array<{ severity: string; count: number }> }>(
      "query DashboardConcernCounts($region: ID!) { concernCounts(region: $region) { severity count } }",
      { region },
    );
    counts = data!.concernCounts;
  } catch (error) {
    if (error instanceof RequestFailed && REFUSED.has(error.code ?? "")) {
      return restricted(
        error.code === "UNAUTHENTICATED"
          ? "Concern counts are confidential: sign in as a board member, the LGA central team or a principal adviser."
          : "Concern counts are for board members, the LGA central team and principal advisers: your role does not see them.",
        error.code,
      );
    }
    throw error;
  }
  if (!counts.length) return restricted("Your role sees concern counts for its own regions only, and this is not one of them.", "FORBIDDEN");
  const total = counts.reduce((sum, each) => sum + each.count, 0);
  const title = `Live concerns in ${regionName} by severity`;
  const description = `Horizontal bars: live concerns (open or shared) by severity. ${counts.map((each) => `${words(each.severity)}: ${each.count}`).join(", ")}.`;
  return h(
    "div",
    { "data-concern-counts": true },
    h("p", {}, `${total} live concern${total === 1 ? "" : "s"} (open or shared) in the region: counts only, never their content.`),
    chart({
      id: "concern-counts", boards: ["corporate"],
      title,
      description,
      draw: (width) =>
        stackedBars(
          counts.map((each) => ({ label: words(each.severity), series: "live concerns", value: each.count })),
          { width, title, description, series: ["live concerns"], xLabel: "concerns", labels: counts.map((each) => words(each.severity)) },
        ),
      data: { headers: ["Severity", "Live concerns"], rows: counts.map((each) => [words(each.severity), each.count]) },
    }),
  );
}

function concernTable(caption: string, rows: Array<{ council?: { code: string; name: string }; concern: ConcernRow }>): HTMLElement {
  return table(
    caption,
    ["Raised on", ...(rows.some((row) => row.council) ? ["Council"] : []), "Severity", "Status", "Summary"],
    rows.map(({ council, concern }) => [
      concern.raisedOn,
      ...(council ? [link(`/dashboard/council/${council.code}`, council.name)] : []),
      h("span", { class: `severity ${concern.severity.toLowerCase()}` }, words(concern.severity)),
      h("span", {}, words(concern.status), concern.awaitingLeadershipContact ? [" ", badge("awaiting leadership contact", "warn")] : null),
      h("span", {}, concern.summary, concern.provenance === "DEMO" ? [" ", badge("demo", "demo")] : null),
    ]),
    { "data-table": "concern-details" },
  );
}

/** Explains a refused Council.concerns in words, from the error's code. */
export function refusedConcerns(code: string | undefined): HTMLElement {
  return restricted(
    code === "UNAUTHENTICATED"
      ? "Concern details are confidential: sign in."
      : "Concern details are confidential to the LGA central team, the principal adviser for the region and the council's own officers: not shown to your role.",
    code,
  );
}

/** Concern details for a region's councils, where the viewer may read them; refusals are explained, not failures. */
export async function regionConcernDetails(region: string): Promise<HTMLElement> {
  const { data, errors } = await gql<{ region: { councils: Array<{ code: string; name: string; concerns: ConcernPage | null }> } | null }>(
    `query DashboardRegionConcerns($region: ID!) { region(code: $region) { councils { code name ${CONCERN_PAGE} } } }`,
    { region },
  );
  const councils = data!.region?.councils ?? [];
  const readable = councils.filter((council) => council.concerns !== null);
  const refusals = councils
    .map((council, index) => errorsAt(errors, "region", "councils", index, "concerns")[0])
    .filter((error) => error && REFUSED.has(error.extensions?.code ?? ""));
  const other = errors.filter((error) => !REFUSED.has(error.extensions?.code ?? ""));
  if (other.length) throw new RequestFailed(other[0].message, other[0].extensions?.code);
  const parts: Child[] = [];
  if (readable.length === 0) return refusedConcerns(refusals[0]?.extensions?.code);
  const rows = readable.flatMap((council) => council.concerns!.edges.map(({ node: concern }) => ({ council, concern })));
  parts.push(rows.length ? concernTable("Concerns you may read", rows) : h("p", { "data-concern-details": "none" }, "No concerns recorded for the councils you may read."));
  parts.push(...morePages(readable.map((council) => council.concerns!)));
  if (refusals.length) parts.push(restricted(`${refusals.length} of the region's ${councils.length} councils' concerns are confidential to others.`, "FORBIDDEN"));
  return h("div", { "data-concern-details": true }, parts);
}

export { concernTable };
