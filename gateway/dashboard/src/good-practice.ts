import { gql } from "./api";
import { type Child, badge, h, link, replace, sentence, words } from "./dom";
import { navigate } from "./router";
import { section } from "./section";

/** The boards and themes the library filters by (the schema's Board and GoodPracticeTheme). */
const BOARDS: Array<[string, string]> = [
  ["CORPORATE", "LGA (corporate)"],
  ["CHILDREN", "CIB (children's services)"],
  ["ADULTS", "TEASC (adult social care)"],
];
const THEMES = [
  "LEADERSHIP", "CORPORATE_CAPACITY", "FINANCIAL_RESILIENCE", "PARTNERSHIP_WORKING", "COMMUNITY_ENGAGEMENT", "EFFICIENCY_AND_SHARED_SERVICES",
  "PEER_CHALLENGE", "SAFEGUARDING", "PERSONALISATION", "INDEPENDENT_LIVING", "CARERS", "QUALITY_OF_CARE", "INFORMATION_AND_ADVICE",
  "HEALTH_INTEGRATION", "IMPROVEMENT_RECOGNISED",
];

/** One page of the library with each item's source, answered by its board, in the same query. */
export const GOOD_PRACTICE_QUERY = `query DashboardGoodPractice($search: String, $theme: GoodPracticeTheme, $board: Board, $after: String) {
  goodPractice(search: $search, theme: $theme, board: $board, first: 20, after: $after) {
    edges { node {
      id title summary board theme status sharedOn publishedOn provenance citation
      council { code name }
      source { __typename
        ... on CorporatePeerChallenge { id challengeStatus: status }
        ... on ChildrensPeerChallenge { id childrensStatus: status }
        ... on SafeguardingPeerReview { id reviewStatus: status }
        ... on AdultsSignOff { id signOffStatus: status }
        ... on LocalAccount { id year accountStatus: status }
      }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Item {
  id: string;
  title: string;
  summary: string;
  board: string;
  theme: string;
  status: string;
  sharedOn: string;
  publishedOn: string | null;
  provenance: string;
  citation: string | null;
  council: { code: string; name: string } | null;
  source: ({ __typename: string; id: string; year?: number } & Record<string, unknown>) | null;
}
interface Page {
  edges: Array<{ node: Item }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const SOURCE_NAMES: Record<string, string> = {
  CorporatePeerChallenge: "Corporate peer challenge",
  ChildrensPeerChallenge: "Children's services peer challenge",
  SafeguardingPeerReview: "Safeguarding peer review",
  AdultsSignOff: "TEASC sign-off",
  LocalAccount: "Local account",
};

/** The record an item comes from, in words, with its state as its own board answers it. */
function sourceLine(item: Item): Child {
  const source = item.source;
  if (!source) return item.citation ? h("span", {}, "Stated in the seed document") : h("span", { class: "muted" }, "Its record is not available");
  const status = ["challengeStatus", "childrensStatus", "reviewStatus", "signOffStatus", "accountStatus"].map((key) => source[key]).find(Boolean) as string | undefined;
  const name = SOURCE_NAMES[source.__typename] ?? source.__typename;
  return h("span", { "data-source": source.__typename }, `${name}${source.year ? ` ${source.year}` : ""} (${words(status)})`);
}

function card(item: Item): HTMLElement {
  const board = BOARDS.find(([value]) => value === item.board)?.[1] ?? item.board;
  return h(
    "article",
    { class: "record good-practice", "data-item": item.id },
    h("h3", {}, item.title, item.status === "DRAFT" ? [" ", badge("draft", "warn")] : null, item.provenance === "DEMO" ? [" ", badge("demo", "demo")] : null),
    h(
      "p",
      { class: "muted" },
      h("span", { "data-board": item.board }, board),
      " · ",
      sentence(item.theme),
      " · ",
      item.council ? link(`/dashboard/council/${item.council.code}`, item.council.name) : "England",
      " · ",
      sourceLine(item),
      " · ",
      item.publishedOn ? `published ${item.publishedOn}` : `shared ${item.sharedOn}`,
    ),
    h("p", {}, item.summary),
    item.citation ? h("blockquote", { class: "citation" }, item.citation) : null,
  );
}

/** The search form: its values live in the address, so a search can be shared as a link. */
function form(params: URLSearchParams): HTMLElement {
  const search = h("input", { id: "good-practice-search", name: "search", type: "search", value: params.get("search") ?? "", placeholder: "e.g. reablement, peer challenge, safeguarding" }) as HTMLInputElement;
  const select = (id: string, name: string, options: Array<[string, string]>) => {
    const element = h("select", { id, name }, h("option", { value: "" }, "Any"), options.map(([value, label]) => h("option", { value, selected: params.get(name) === value }, label))) as HTMLSelectElement;
    return element;
  };
  const theme = select("good-practice-theme", "theme", THEMES.map((value) => [value, sentence(value)]));
  const board = select("good-practice-board", "board", BOARDS);
  const element = h(
    "form",
    { class: "finder", role: "search", "aria-label": "Search the good practice library" },
    h("div", {}, h("label", { for: "good-practice-search" }, "Words"), search),
    h("div", {}, h("label", { for: "good-practice-theme" }, "Theme"), theme),
    h("div", {}, h("label", { for: "good-practice-board" }, "Board"), board),
    h("button", { type: "submit" }, "Search"),
  );
  element.addEventListener("submit", (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (search.value.trim()) next.set("search", search.value.trim());
    if (theme.value) next.set("theme", theme.value);
    if (board.value) next.set("board", board.value);
    const query = next.toString();
    navigate(`/dashboard/good-practice${query ? `?${query}` : ""}`);
  });
  return element;
}

export function goodPracticeView(params = new URLSearchParams(location.search)): HTMLElement {
  const variables = {
    search: params.get("search") || null,
    theme: params.get("theme") || null,
    board: params.get("board") || null,
  };
  const searching = variables.search !== null;
  return h(
    "div",
    { class: "view", "data-view": "good-practice" },
    h("h1", {}, "Good practice library"),
    h(
      "p",
      { class: "lede" },
      "Learning the three boards share from their own records — the LGA's corporate peer challenges, the CIB's peer challenges and " +
        "safeguarding peer reviews, TEASC's sign-offs and local accounts — and what the 2012 offer itself states. Drafts show only to their readers.",
    ),
    form(params),
    section("good-practice-results", searching ? `Results for “${variables.search}”` : "Newest first", async () => {
      const list = h("div", { class: "results", "data-results": true });
      const more = h("div", {});
      const load = async (after: string | null): Promise<number> => {
        const { data } = await gql<{ goodPractice: Page }>(GOOD_PRACTICE_QUERY, { ...variables, after });
        const page = data!.goodPractice;
        list.append(...page.edges.map((edge) => card(edge.node)));
        replace(
          more,
          page.pageInfo.hasNextPage
            ? h("button", { type: "button", "data-more": true, onclick: (event: Event) => { (event.target as HTMLButtonElement).disabled = true; void load(page.pageInfo.endCursor); } }, "More")
            : null,
        );
        list.dataset.count = String(list.children.length);
        return page.edges.length;
      };
      const found = await load(null);
      return found
        ? h("div", {}, searching ? h("p", { class: "intro" }, "Ranked by how often your words occur (a title's count three times a summary's), then newest first.") : null, list, more)
        : h("p", { class: "muted", "data-empty": true }, "Nothing in the library matches.");
    }),
  );
}
