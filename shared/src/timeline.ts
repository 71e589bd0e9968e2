import DataLoader from "dataloader";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Public } from "./confidentiality";
import { type Connection, decodeCursor, encodeCursor, type KeysetColumn, type PageRequest, assertPageSize } from "./pagination";
import { PartnerBoard } from "./partner-board";
import { LocalDate } from "./scalars";

/**
 * One council's timeline across the three boards: each board states its own
 * dated events as `TimelineEvent`s (children's and adults' through fields
 * corporate `@requires`), and corporate merges them into one page. The type
 * and its kinds are defined once here, since Federation needs a shared value
 * type identical in every subgraph that defines it.
 */
export enum TimelineEventKind {
  CORPORATE_PEER_CHALLENGE_INTEREST_EXPRESSED = "CORPORATE_PEER_CHALLENGE_INTEREST_EXPRESSED",
  CORPORATE_PEER_CHALLENGE_BOOKED = "CORPORATE_PEER_CHALLENGE_BOOKED",
  CORPORATE_PEER_CHALLENGE_ON_SITE = "CORPORATE_PEER_CHALLENGE_ON_SITE",
  CORPORATE_PEER_CHALLENGE_FEEDBACK_GIVEN = "CORPORATE_PEER_CHALLENGE_FEEDBACK_GIVEN",
  CORPORATE_PEER_CHALLENGE_REPORT_PUBLISHED = "CORPORATE_PEER_CHALLENGE_REPORT_PUBLISHED",
  CORPORATE_PEER_CHALLENGE_CANCELLED = "CORPORATE_PEER_CHALLENGE_CANCELLED",
  LEADERSHIP_PLACE = "LEADERSHIP_PLACE",
  MEMBER_PEER_SUPPORT_VISIT = "MEMBER_PEER_SUPPORT_VISIT",
  SUPPORT_REQUESTED = "SUPPORT_REQUESTED",
  SUPPORT_OFFERED = "SUPPORT_OFFERED",
  SUPPORT_AGREED = "SUPPORT_AGREED",
  SUPPORT_STARTED = "SUPPORT_STARTED",
  SUPPORT_COMPLETED = "SUPPORT_COMPLETED",
  SUPPORT_DECLINED = "SUPPORT_DECLINED",
  CONCERN_RAISED = "CONCERN_RAISED",
  CONCERN_COUNCIL_MADE_AWARE = "CONCERN_COUNCIL_MADE_AWARE",
  CONCERN_CONTACT = "CONCERN_CONTACT",
  CHILDRENS_SUPPORT_LEVEL_DECIDED = "CHILDRENS_SUPPORT_LEVEL_DECIDED",
  CHILDRENS_SELF_ASSESSMENT_CHALLENGED = "CHILDRENS_SELF_ASSESSMENT_CHALLENGED",
  CHILDRENS_PEER_CHALLENGE_STARTED = "CHILDRENS_PEER_CHALLENGE_STARTED",
  CHILDRENS_PEER_CHALLENGE_ENDED = "CHILDRENS_PEER_CHALLENGE_ENDED",
  SAFEGUARDING_REVIEW_REQUESTED = "SAFEGUARDING_REVIEW_REQUESTED",
  SAFEGUARDING_REVIEW_ON_SITE = "SAFEGUARDING_REVIEW_ON_SITE",
  SAFEGUARDING_REVIEW_REPORTED = "SAFEGUARDING_REVIEW_REPORTED",
  SAFEGUARDING_REVIEW_WITHDRAWN = "SAFEGUARDING_REVIEW_WITHDRAWN",
  CHILDRENS_LEADERSHIP_PLACE = "CHILDRENS_LEADERSHIP_PLACE",
  LOCAL_ACCOUNT_PUBLISHED = "LOCAL_ACCOUNT_PUBLISHED",
  ADULTS_SIGN_OFF_ENTERED = "ADULTS_SIGN_OFF_ENTERED",
  ADULTS_SIGN_OFF_PEER_CHALLENGE = "ADULTS_SIGN_OFF_PEER_CHALLENGE",
  ADULTS_SIGN_OFF_EVIDENCE_GIVEN = "ADULTS_SIGN_OFF_EVIDENCE_GIVEN",
  ADULTS_SIGN_OFF_INVITED_TO_PRESENT = "ADULTS_SIGN_OFF_INVITED_TO_PRESENT",
  ADULTS_SIGN_OFF_PRESENTED = "ADULTS_SIGN_OFF_PRESENTED",
  ADULTS_SIGN_OFF_RECOGNISED = "ADULTS_SIGN_OFF_RECOGNISED",
}
registerEnumType(TimelineEventKind, {
  name: "TimelineEventKind",
  description: "What happened on a council's timeline, named by the board's own step.",
  valuesConfig: {
    CORPORATE_PEER_CHALLENGE_INTEREST_EXPRESSED: { description: "The council expressed interest in a corporate peer challenge." },
    CORPORATE_PEER_CHALLENGE_BOOKED: { description: "A corporate peer challenge was booked." },
    CORPORATE_PEER_CHALLENGE_ON_SITE: { description: "The corporate peer challenge team arrived on site." },
    CORPORATE_PEER_CHALLENGE_FEEDBACK_GIVEN: { description: "The peers gave their feedback." },
    CORPORATE_PEER_CHALLENGE_REPORT_PUBLISHED: { description: "The council published the peer challenge report." },
    CORPORATE_PEER_CHALLENGE_CANCELLED: { description: "A corporate peer challenge was called off." },
    LEADERSHIP_PLACE: { description: "A subsidised place on a leadership programme, from the start of its financial year." },
    MEMBER_PEER_SUPPORT_VISIT: { description: "A day of member peer support after a change of political control." },
    SUPPORT_REQUESTED: { description: "The council asked for support." },
    SUPPORT_OFFERED: { description: "A board offered the council support." },
    SUPPORT_AGREED: { description: "The council and the board agreed the support." },
    SUPPORT_STARTED: { description: "The support began." },
    SUPPORT_COMPLETED: { description: "The support was completed." },
    SUPPORT_DECLINED: { description: "The support was declined, with a reason." },
    CONCERN_RAISED: { description: "A concern was raised (confidential: only for those who may read the council's concerns)." },
    CONCERN_COUNCIL_MADE_AWARE: { description: "The council was made aware of a concern (confidential, as concerns)." },
    CONCERN_CONTACT: { description: "A contact was made with the council about a concern (confidential, as concerns)." },
    CHILDRENS_SUPPORT_LEVEL_DECIDED: { description: "The CIB decided the council's level of children's services support." },
    CHILDRENS_SELF_ASSESSMENT_CHALLENGED: { description: "Peers challenged the council's self-assessment of its children's services." },
    CHILDRENS_PEER_CHALLENGE_STARTED: { description: "A children's services peer challenge began." },
    CHILDRENS_PEER_CHALLENGE_ENDED: { description: "A children's services peer challenge ended." },
    SAFEGUARDING_REVIEW_REQUESTED: { description: "A safeguarding peer review was requested." },
    SAFEGUARDING_REVIEW_ON_SITE: { description: "The safeguarding peer review team arrived on site." },
    SAFEGUARDING_REVIEW_REPORTED: { description: "The safeguarding peer review reported." },
    SAFEGUARDING_REVIEW_WITHDRAWN: { description: "A safeguarding peer review request was withdrawn." },
    CHILDRENS_LEADERSHIP_PLACE: { description: "A place at a children's leadership event (lead member induction, leadership academy)." },
    LOCAL_ACCOUNT_PUBLISHED: { description: "The council published its local account of adult social care." },
    ADULTS_SIGN_OFF_ENTERED: { description: "The council entered the TEASC sign-off process." },
    ADULTS_SIGN_OFF_PEER_CHALLENGE: { description: "The sign-off's subsidised peer challenge began on site." },
    ADULTS_SIGN_OFF_EVIDENCE_GIVEN: { description: "An element or confirmation of the sign-off was given." },
    ADULTS_SIGN_OFF_INVITED_TO_PRESENT: { description: "The council was invited to present to the TEASC board." },
    ADULTS_SIGN_OFF_PRESENTED: { description: "The council presented to the TEASC board." },
    ADULTS_SIGN_OFF_RECOGNISED: { description: "The TEASC board recognised the council's progress." },
  },
});

/**
 * The fields through which the CIB and TEASC hand their events to corporate
 * (`@requires`): described once, as Federation wants a field described alike
 * in the board that resolves it and the one that declares it external.
 */
export const BOARD_TIMELINE_FIELDS = {
  childrensTimelineEvents: {
    description:
      "The CIB's dated events for the council (support levels, self-assessments challenged, peer challenges, safeguarding peer reviews, " +
      "leadership places), in no particular order: Council.timeline merges them with the other boards'. Empty for a shire district.",
    note: "Every event here is of a public record's state and date.",
  },
  adultsTimelineEvents: {
    description:
      "TEASC's dated events for the council (local accounts published, the steps of the sign-off), in no particular order: " +
      "Council.timeline merges them with the other boards'. Empty for a shire district.",
    note: "Every event here is of a public record's state and date (a draft local account has none).",
  },
} as const;

/** The selection corporate `@requires` of each board's events: every field of TimelineEvent. */
export const TIMELINE_EVENT_SELECTION = "{ id board kind summary occurredOn recordType recordId }";

const LEFT_OUT = "Events of confidential records (concerns and their contacts) are left out for callers who may not read them.";

@ObjectType({ description: "One dated event on a council's timeline: which board, what happened, when, and the record it belongs to." })
// The same value type in every board's subgraph.
@Directive("@shareable")
export class TimelineEvent {
  @Public(LEFT_OUT)
  @Field(() => ID, { description: "Names the event uniquely in the council's timeline (its record and step)." })
  id!: string;

  @Public(LEFT_OUT)
  @Field(() => PartnerBoard, { description: "The board whose record it is." })
  board!: PartnerBoard;

  @Public(LEFT_OUT)
  @Field(() => TimelineEventKind, { description: "What happened." })
  kind!: TimelineEventKind;

  @Public(LEFT_OUT)
  @Field(() => String, { description: "What happened, in one sentence a board member understands." })
  summary!: string;

  @Public(LEFT_OUT)
  @Field(() => LocalDate, { description: "The day it happened." })
  occurredOn!: string;

  @Public(LEFT_OUT)
  @Field(() => String, { description: "The type of the record it belongs to, as the graph names it (e.g. SafeguardingPeerReview)." })
  recordType!: string;

  @Public(LEFT_OUT)
  @Field(() => ID, { description: "The id of the record it belongs to." })
  recordId!: string;
}

/** An event of a board's record: its id is made from the record and the step, so it is unique and stable. */
export function timelineEvent(
  board: PartnerBoard,
  kind: TimelineEventKind,
  record: { type: string; id: string | number },
  occurredOn: string,
  summary: string,
): TimelineEvent {
  return { id: `${record.type}:${record.id}:${kind}`, board, kind, summary, occurredOn, recordType: record.type, recordId: String(record.id) };
}

/** An event's place in the order: its day, then its record, then its step (a record has one event per step). */
type TimelineKey = { occurredOn: string; record: string; kind: string };
const keyOf = (event: TimelineEvent): TimelineKey => ({ occurredOn: event.occurredOn, record: `${event.recordType}:${event.recordId}`, kind: event.kind });
const TIMELINE_KEYS: KeysetColumn<TimelineKey>[] = [
  { property: "occurredOn", column: "occurredOn", type: "string" },
  { property: "record", column: "record", type: "string" },
  { property: "kind", column: "kind", type: "string" },
];

/** Descending on every key, as the toolkit's SQL pages: newest first, ties broken by record and step, so the order is total. */
function compareKeys(a: TimelineKey, b: TimelineKey): number {
  for (const { property } of TIMELINE_KEYS) {
    if (a[property] !== b[property]) return a[property] < b[property] ? 1 : -1;
  }
  return 0;
}

/**
 * A page of a merged timeline, by keyset like the toolkit's SQL pages: the
 * events strictly after the cursor's key, newest first, so a page neither
 * repeats nor skips an event. `kind` names the list in its cursors (another
 * list's cursor is BAD_USER_INPUT naming `after`).
 */
export function timelinePage(kind: string, events: readonly TimelineEvent[], { first, after }: PageRequest): Connection<TimelineEvent> {
  assertPageSize(first);
  let sorted = [...events].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  if (after != null) {
    const [occurredOn, record, step] = decodeCursor(kind, TIMELINE_KEYS, after) as string[];
    const from: TimelineKey = { occurredOn: occurredOn!, record: record!, kind: step! };
    sorted = sorted.filter((event) => compareKeys(keyOf(event), from) > 0);
  }
  const edges = sorted.slice(0, first).map((node) => {
    const key = keyOf(node);
    return { cursor: encodeCursor(kind, TIMELINE_KEYS.map(({ property }) => key[property])), node };
  });
  return { edges, pageInfo: { hasNextPage: sorted.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/**
 * A per-request loader of each council's events of one board: `fetch` reads
 * the whole batch of councils at once (a fixed number of statements, whatever
 * the number of councils) and names each record's council; the answer comes
 * back in key order, an empty list for a council with none.
 */
export function councilEventsLoader<E extends TimelineEvent = TimelineEvent>(
  fetch: (councilCodes: readonly string[]) => Promise<Array<readonly [councilCode: string, events: E[]]>>,
): DataLoader<string, E[]> {
  return new DataLoader<string, E[]>(async (codes) => {
    const byCouncil = new Map<string, E[]>(codes.map((code) => [code, []]));
    for (const [code, events] of await fetch(codes)) byCouncil.get(code)?.push(...events);
    return codes.map((code) => byCouncil.get(code)!);
  });
}
