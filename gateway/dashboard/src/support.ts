import { errorsAt, gql, RequestFailed } from "./api";
import { chart, stackedBars } from "./charts";
import { type Child, badge, h, table, tile, words } from "./dom";
import { restricted } from "./section";

/** Support in place (issue 15): counts for anyone, the records for the council, its adviser, the boards' officers and the LGA. */

const BOARD_NAMES: Record<string, string> = { CORPORATE: "LGA", CHILDREN: "CIB", ADULTS: "TEASC" };
const REFUSED = new Set(["FORBIDDEN", "UNAUTHENTICATED"]);

interface SupportCounts {
  total: number;
  inPlace: number;
  awaiting: number;
  byStatus: Array<{ status: string; count: number }>;
}

interface SupportRow {
  id: string;
  board: string;
  kind: string;
  need: string;
  status: string;
  requestedOn: string | null;
  offeredOn: string | null;
  agreedOn: string | null;
  startedOn: string | null;
  completedOn: string | null;
  declinedOn: string | null;
  declineReason: string | null;
  provenance: string;
}

export const COUNCIL_SUPPORT_QUERY = `query DashboardCouncilSupport($code: ID!) { council(code: $code) {
  supportInPlace { total inPlace awaiting byStatus { status count } }
  support { id board kind need status requestedOn offeredOn agreedOn startedOn completedOn declinedOn declineReason provenance }
} }`;

const counted = (counts: SupportCounts) =>
  h("p", { "data-support-counts": true }, `${counts.total} support record${counts.total === 1 ? "" : "s"}: ${counts.inPlace} in place (agreed or under way), ${counts.awaiting} awaiting an answer.`);

/** What happened when, in one line: asked or offered, then each step. */
function steps(row: SupportRow): string {
  const dated: Array<[string, string | null]> = [
    ["asked", row.requestedOn],
    ["offered", row.offeredOn],
    ["agreed", row.agreedOn],
    ["started", row.startedOn],
    ["completed", row.completedOn],
    ["declined", row.declinedOn],
  ];
  return dated.filter(([, on]) => on).map(([what, on]) => `${what} ${on}`).join(", ");
}

/** The council page's support: counts, and the records where the viewer may read them (a refusal is explained, not a failure). */
export async function councilSupport(code: string): Promise<HTMLElement> {
  const { data, errors } = await gql<{ council: { supportInPlace: SupportCounts; support: SupportRow[] | null } | null }>(COUNCIL_SUPPORT_QUERY, { code });
  const council = data!.council;
  if (!council) return h("p", {}, "No such council.");
  const parts: Child[] = [counted(council.supportInPlace)];
  const refusal = errorsAt(errors, "council", "support")[0];
  if (council.support === null) {
    if (!refusal || !REFUSED.has(refusal.extensions?.code ?? "")) throw new RequestFailed(refusal?.message ?? "Support could not be read", refusal?.extensions?.code);
    parts.push(
      restricted(
        refusal.extensions?.code === "UNAUTHENTICATED"
          ? "What the council asked for, in its own words, is confidential: sign in."
          : "What the council asked for is confidential to the council, its principal adviser, the boards' officers and the LGA: not shown to your role.",
        refusal.extensions?.code,
      ),
    );
  } else if (council.support.length) {
    parts.push(
      table(
        "Support for the council, oldest first",
        ["Board", "Kind", "Status", "Need", "When"],
        council.support.map((row) => [
          BOARD_NAMES[row.board] ?? row.board,
          words(row.kind),
          h("span", { "data-support-status": row.status }, words(row.status)),
          h("span", {}, row.need, row.declineReason ? ` — declined: ${row.declineReason}` : "", row.provenance === "DEMO" ? [" ", badge("demo", "demo")] : null),
          steps(row),
        ]),
        { "data-table": "council-support" },
      ),
    );
  } else {
    parts.push(h("p", { "data-support": "none" }, "No support recorded."));
  }
  return h("div", { "data-support": true }, parts);
}

interface RegionSupport extends SupportCounts {
  councilsSupported: number;
  byBoard: Array<{ board: string; count: number; inPlace: number }>;
}

export const REGION_SUPPORT_QUERY = `query DashboardRegionSupport($code: ID!) { region(code: $code) { supportInPlace {
  total inPlace awaiting councilsSupported byStatus { status count } byBoard { board count inPlace }
} } }`;

/** The region page's support in place: public counts by board and status. */
export async function regionSupport(code: string): Promise<HTMLElement> {
  const { data } = await gql<{ region: { supportInPlace: RegionSupport } | null }>(REGION_SUPPORT_QUERY, { code });
  const support = data!.region?.supportInPlace;
  if (!support) return h("p", {}, "No such region.");
  const title = "Support records by board and status";
  const statuses = support.byStatus.map((each) => each.status);
  const description = `Bars: each board's support in place against all its records. ${support.byBoard.map((each) => `${BOARD_NAMES[each.board]}: ${each.inPlace} in place of ${each.count}`).join("; ")}.`;
  return h(
    "div",
    { "data-region-support": true },
    h(
      "div",
      { class: "tiles" },
      tile("support-in-place", "Support in place (agreed or under way)", support.inPlace),
      tile("support-councils", "Councils with support in place", support.councilsSupported),
      tile("support-awaiting", "Asked for or offered, awaiting an answer", support.awaiting),
    ),
    chart({
      id: "support-by-board",
      title,
      description,
      // Support records are corporate's, whichever board provides the support.
      boards: ["corporate"],
      draw: (width) =>
        stackedBars(
          support.byBoard.flatMap((each) => [
            { label: BOARD_NAMES[each.board] ?? each.board, series: "in place", value: each.inPlace },
            { label: BOARD_NAMES[each.board] ?? each.board, series: "other", value: each.count - each.inPlace },
          ]),
          { width, title, description, series: ["in place", "other"], xLabel: "support records", labels: support.byBoard.map((each) => BOARD_NAMES[each.board] ?? each.board) },
        ),
      data: { headers: ["Board", "In place", "All records"], rows: support.byBoard.map((each) => [BOARD_NAMES[each.board] ?? each.board, each.inPlace, each.count]) },
    }),
    table("Support records by status", ["Status", "Records"], statuses.map((status, index) => [words(status), support.byStatus[index]!.count]), { "data-table": "region-support-by-status" }),
  );
}
