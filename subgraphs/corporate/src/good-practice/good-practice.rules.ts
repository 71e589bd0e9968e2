import {
  badUserInput,
  type Board,
  defineLifecycle,
  forbidden,
  isPrincipalAdviserFor,
  isCouncilOfficerOf,
  PartnerBoard,
  type Publication,
  type ReadRule,
  readCouncils,
  unauthenticated,
  type Viewer,
  viewerHolds,
  WRITERS,
} from "@sli/shared";
import { GoodPracticeSourceKind, GoodPracticeStatus } from "./good-practice.enums";

/** The lifecycle: a board shares a draft, which is then published; nothing moves back. */
export const GOOD_PRACTICE_LIFECYCLE = defineLifecycle<GoodPracticeStatus>("good practice item", "draft → published; nothing moves back", {
  [GoodPracticeStatus.DRAFT]: [GoodPracticeStatus.PUBLISHED],
  [GoodPracticeStatus.PUBLISHED]: [],
});

/** The toolkit's name for a board's service, for its writers. */
export const BOARD_SERVICE: Record<PartnerBoard, Board> = {
  [PartnerBoard.CORPORATE]: "corporate",
  [PartnerBoard.CHILDREN]: "children",
  [PartnerBoard.ADULTS]: "adults",
};

/** Each board shares learning from its own records only: the LGA from corporate peer challenges, the CIB from its reviews, TEASC from its sign-offs and local accounts. */
export const SOURCE_BOARD: Record<GoodPracticeSourceKind, PartnerBoard> = {
  [GoodPracticeSourceKind.CORPORATE_PEER_CHALLENGE]: PartnerBoard.CORPORATE,
  [GoodPracticeSourceKind.CHILDRENS_PEER_CHALLENGE]: PartnerBoard.CHILDREN,
  [GoodPracticeSourceKind.SAFEGUARDING_PEER_REVIEW]: PartnerBoard.CHILDREN,
  [GoodPracticeSourceKind.ADULTS_SIGN_OFF]: PartnerBoard.ADULTS,
  [GoodPracticeSourceKind.LOCAL_ACCOUNT]: PartnerBoard.ADULTS,
};

/** The entity each kind of source is in the graph (the GoodPracticeSource union's members). */
export const SOURCE_TYPES = {
  [GoodPracticeSourceKind.CORPORATE_PEER_CHALLENGE]: "CorporatePeerChallenge",
  [GoodPracticeSourceKind.CHILDRENS_PEER_CHALLENGE]: "ChildrensPeerChallenge",
  [GoodPracticeSourceKind.SAFEGUARDING_PEER_REVIEW]: "SafeguardingPeerReview",
  [GoodPracticeSourceKind.ADULTS_SIGN_OFF]: "AdultsSignOff",
  [GoodPracticeSourceKind.LOCAL_ACCOUNT]: "LocalAccount",
} as const;

type Item = { board: PartnerBoard | string; councilCode: string | null };

/** Whether the viewer writes for this board: its officers, or a partner system with its write scope. */
export const writesFor = (viewer: Viewer, board: PartnerBoard | string): boolean =>
  viewer.authenticated && viewerHolds(viewer, WRITERS[BOARD_SERVICE[board as PartnerBoard]] ?? []);

/** The LGA runs the library: its central team (and partners with corporate:write) read and publish every board's drafts. */
export const runsTheLibrary = (viewer: Viewer): boolean => writesFor(viewer, PartnerBoard.CORPORATE);

/**
 * Rule (a draft is "treated in confidence", as a council's other unpublished
 * work): the board that shared it, the council's own officers, the principal
 * adviser for its region and the LGA central team.
 */
export function mayReadDraft(viewer: Viewer, item: Item): boolean {
  if (!viewer.authenticated) return false;
  return (
    runsTheLibrary(viewer) ||
    writesFor(viewer, item.board) ||
    (item.councilCode !== null && (isCouncilOfficerOf(viewer, item.councilCode) || isPrincipalAdviserFor(viewer, item.councilCode)))
  );
}

export const GOOD_PRACTICE_DRAFT_READERS: ReadRule<Item> = {
  name: "corporate.good-practice-draft",
  readers:
    "the board that shared it (its officers and partner systems with its write scope), the council's own officers, the principal adviser for its region and the LGA central team",
  reads: ["board", "councilCode"],
  allows: (viewer, item) => item != null && mayReadDraft(viewer, item),
};

export const GOOD_PRACTICE_PUBLISHED: Publication<{ status: string }> = {
  when: "once published in the library (PUBLISHED)",
  reads: ["status"],
  isPublished: (item) => item.status === GoodPracticeStatus.PUBLISHED,
};

/** Whether the viewer reads this item: published ones anyone, drafts as mayReadDraft. */
export const mayReadGoodPractice = (viewer: Viewer, item: Item & { status: string }): boolean =>
  item.status === GoodPracticeStatus.PUBLISHED || mayReadDraft(viewer, item);

/** Which drafts a viewer reads, as conditions the statement applies (so pages hold only what the viewer may read). */
export interface DraftSight {
  all: boolean;
  boards: PartnerBoard[];
  councils: string[];
}

let councilsByRegion: Map<string, string[]> | undefined;

/** A region's councils from the reference register (councils do not move region). */
export function councilsOfRegion(region: string): string[] {
  if (!councilsByRegion) {
    councilsByRegion = new Map();
    for (const council of readCouncils()) councilsByRegion.set(council.regionCode, [...(councilsByRegion.get(council.regionCode) ?? []), council.code]);
  }
  return councilsByRegion.get(region) ?? [];
}

export function draftSight(viewer: Viewer): DraftSight {
  if (!viewer.authenticated) return { all: false, boards: [], councils: [] };
  if (runsTheLibrary(viewer)) return { all: true, boards: [], councils: [] };
  const boards = Object.values(PartnerBoard).filter((board) => writesFor(viewer, board));
  const councils = [
    ...(viewer.roles.includes("COUNCIL_OFFICER") && viewer.council ? [viewer.council] : []),
    ...(viewer.roles.includes("PRINCIPAL_ADVISER") ? viewer.regions.flatMap(councilsOfRegion) : []),
  ];
  return { all: false, boards, councils };
}

/** Rule: a board shares learning only from its own kind of record. */
export function assertSourceOfBoard(board: PartnerBoard, kind: GoodPracticeSourceKind): void {
  if (SOURCE_BOARD[kind] !== board) {
    throw badUserInput(`A ${SOURCE_TYPES[kind]} is ${SOURCE_BOARD[kind]}'s record: ${board} shares learning from its own records only`, {
      argument: "input.source.kind",
    });
  }
}

/** Rule: only the board's own writers share its learning. */
export function assertMayShare(viewer: Viewer, board: PartnerBoard): void {
  if (!viewer.authenticated) throw unauthenticated("Sharing learning needs a token");
  if (!writesFor(viewer, board)) {
    throw forbidden(`Only ${board}'s writers share its learning: one of ${WRITERS[BOARD_SERVICE[board]].join(", ")}`, {
      needs: WRITERS[BOARD_SERVICE[board]],
    });
  }
}

/** Rule: the board that shared an item, or the LGA that runs the library, publishes it. */
export function assertMayPublish(viewer: Viewer, item: Item): void {
  if (!viewer.authenticated) throw unauthenticated("Publishing learning needs a token");
  if (!runsTheLibrary(viewer) && !writesFor(viewer, item.board)) {
    throw forbidden("Only the board that shared an item, or the LGA central team, publishes it");
  }
}

// ---- search: the words both databases index, and the rank ----

/**
 * Words the search leaves out, on both databases: MariaDB's InnoDB FULLTEXT
 * indexes no word of fewer than three characters (innodb_ft_min_token_size)
 * nor these (its default stopword list), so SQLite's FTS5 is given none either.
 */
export const SEARCH_STOPWORDS = new Set([
  "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i", "in", "is", "it", "la", "of",
  "on", "or", "that", "the", "this", "to", "was", "what", "when", "where", "who", "will", "with", "und", "www",
]);
export const MIN_WORD_LENGTH = 3;
/** InnoDB's innodb_ft_max_token_size. */
export const MAX_WORD_LENGTH = 84;
/** A search of more words than this is refused: each word is a term of the rank. */
export const MAX_SEARCH_WORDS = 8;
/** A title's word counts this many times a summary's in the rank. */
export const TITLE_WEIGHT = 3;

/** The searchable words of a text: lower case, accents dropped, split at anything not a letter or digit, short and stop words left out. */
export function searchWords(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= MIN_WORD_LENGTH && word.length <= MAX_WORD_LENGTH && !SEARCH_STOPWORDS.has(word));
}

/**
 * The text a column of the index holds: the searchable words, each with a
 * space either side (" reablement  nhs "), so that both engines' tokenisers
 * see the same words and a word's occurrences can be counted in SQL as
 * non-overlapping " word " substrings.
 */
export const searchText = (text: string): string => searchWords(text).map((word) => ` ${word} `).join("");

/** The distinct words of a search, in order: BAD_USER_INPUT naming `search` when none is searchable or there are too many. */
export function searchTerms(search: string): string[] {
  const terms = [...new Set(searchWords(search))];
  if (!terms.length) {
    throw badUserInput(
      `search needs a word of at least ${MIN_WORD_LENGTH} letters or digits that is not a common word (such as "the", "for", "with")`,
      { argument: "search" },
    );
  }
  if (terms.length > MAX_SEARCH_WORDS) throw badUserInput(`search takes at most ${MAX_SEARCH_WORDS} words`, { argument: "search", max: MAX_SEARCH_WORDS });
  return terms;
}
