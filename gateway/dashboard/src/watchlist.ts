import { gql } from "./api";
import { badge, h, link, table, words } from "./dom";
import { section } from "./section";

interface Signal {
  board: string;
  kind: string;
  summary: string;
  since: string | null;
}

interface WatchedCouncil {
  code: string;
  name: string;
  region: { name: string };
  earlyWarning: { level: string; assessedOn: string; signals: Signal[] } | null;
}

interface WatchlistData {
  id: string;
  regions: Array<{ code: string; name: string }>;
  councils: WatchedCouncil[];
}

/** How many councils the page lists, the most urgent first. */
export const WATCHLIST_LENGTH = 25;

export const WATCHLIST_QUERY = `query DashboardWatchlist($region: ID, $first: Int) {
  watchlist(region: $region, first: $first) {
    id
    regions { code name }
    councils {
      code name region { name }
      earlyWarning { level assessedOn signals { board kind summary since } }
    }
  }
}`;

const BOARD_NAMES: Record<string, string> = { CORPORATE: "LGA", CHILDREN: "CIB", ADULTS: "TEASC" };

function signals(council: WatchedCouncil): HTMLElement {
  const list = council.earlyWarning?.signals ?? [];
  if (!list.length) return h("span", { class: "muted" }, "No signals.");
  return h(
    "ul",
    { class: "compact" },
    list.map((signal) =>
      h(
        "li",
        { "data-signal-kind": signal.kind, "data-signal-board": signal.board },
        badge(BOARD_NAMES[signal.board] ?? signal.board, signal.kind.startsWith("CONCERN_") ? "warn" : ""),
        " ",
        signal.summary,
        signal.since ? h("span", { class: "muted" }, ` (since ${signal.since})`) : null,
      ),
    ),
  );
}

async function watchlistTable(region: string | null): Promise<HTMLElement> {
  const { data } = await gql<{ watchlist: WatchlistData }>(WATCHLIST_QUERY, { region, first: WATCHLIST_LENGTH });
  const watchlist = data!.watchlist;
  const regions = watchlist.regions.map((each) => each.name).join(", ");
  const assessedOn = watchlist.councils[0]?.earlyWarning?.assessedOn;
  return h(
    "div",
    { "data-watchlist": watchlist.id },
    h("p", { class: "lede" }, `The ${watchlist.councils.length} councils of ${regions} most in need of attention${assessedOn ? `, assessed on ${assessedOn}` : ""}.`),
    table(
      `Watchlist: ${regions}`,
      ["Council", "Region", "Level", "Signals"],
      watchlist.councils.map((council) => [
        link(`/dashboard/council/${council.code}`, council.name),
        council.region.name,
        h("span", { class: `level ${(council.earlyWarning?.level ?? "none").toLowerCase()}`, "data-level": council.earlyWarning?.level ?? "" }, words(council.earlyWarning?.level)),
        signals(council),
      ]),
      { "data-table": "watchlist" },
    ),
  );
}

/**
 * The principal adviser's page: their regions' councils ranked by early
 * warning, each with every board's signals, linking to the council page.
 * Anyone else sees a region they pick (or all England), without signals
 * drawn from concerns they may not read: the graph leaves those out.
 */
export function watchlistView(region: string | null): HTMLElement {
  return h(
    "div",
    { class: "view", "data-view": "watchlist" },
    h("h1", {}, "Early-warning watchlist"),
    section(
      "watchlist",
      region ? "Councils of the region by early warning" : "Councils by early warning",
      () => watchlistTable(region),
      "Each board states its own signals from its own records; the LGA combines them. Signals drawn from concerns (CONCERN_…) appear only for the LGA central team, the region's principal adviser and the council's own officers.",
    ),
  );
}
