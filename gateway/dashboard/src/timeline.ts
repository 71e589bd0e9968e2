import { gql } from "./api";
import { h, words } from "./dom";

/** A council's one timeline across the three boards (Council.timeline), newest first, a page at a time, with the viewer's token. */

const BOARD_NAMES: Record<string, string> = { CORPORATE: "LGA", CHILDREN: "CIB", ADULTS: "TEASC" };
const PAGE = 20;

export const TIMELINE_QUERY = `query DashboardCouncilTimeline($code: ID!, $after: String) { council(code: $code) {
  timeline(first: ${PAGE}, after: $after) { edges { node { id board kind summary occurredOn } } pageInfo { hasNextPage endCursor } }
} }`;

interface TimelinePage {
  edges: Array<{ node: { id: string; board: string; kind: string; summary: string; occurredOn: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function page(code: string, after: string | null): Promise<TimelinePage | null> {
  const { data } = await gql<{ council: { timeline: TimelinePage } | null }>(TIMELINE_QUERY, { code, after });
  return data!.council?.timeline ?? null;
}

export async function councilTimeline(code: string): Promise<HTMLElement> {
  const first = await page(code, null);
  if (!first) return h("p", {}, "No such council.");
  if (!first.edges.length) return h("p", { "data-timeline": "none" }, "Nothing dated is recorded for this council yet.");
  const body = h("tbody", {});
  const add = (next: TimelinePage) => {
    for (const { node } of next.edges) {
      body.append(
        h(
          "tr",
          { "data-event": node.id, "data-board": node.board },
          h("th", { scope: "row" }, node.occurredOn),
          h("td", {}, BOARD_NAMES[node.board] ?? node.board),
          h("td", { title: words(node.kind) }, node.summary),
        ),
      );
    }
  };
  add(first);
  let after = first.pageInfo.endCursor;
  const more = h("button", { type: "button", "data-timeline-more": true }, "Show older events") as HTMLButtonElement;
  more.hidden = !first.pageInfo.hasNextPage;
  more.addEventListener("click", async () => {
    more.disabled = true;
    const next = await page(code, after);
    if (next) {
      add(next);
      after = next.pageInfo.endCursor;
      more.hidden = !next.pageInfo.hasNextPage;
    }
    more.disabled = false;
  });
  return h(
    "div",
    { "data-timeline": true },
    h(
      "div",
      { class: "table-scroll", tabindex: 0, role: "region", "aria-label": "The council's timeline, newest first" },
      h(
        "table",
        { "data-table": "council-timeline" },
        h("caption", {}, "Every board's dated events, newest first"),
        h("thead", {}, h("tr", {}, ["Date", "Board", "What happened"].map((header) => h("th", { scope: "col" }, header)))),
        body,
      ),
    ),
    more,
  );
}
