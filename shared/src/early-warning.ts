import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Public } from "./confidentiality";
import type { DemandDeclarations } from "./demand-control";
import { PartnerBoard } from "./partner-board";
import { LocalDate } from "./scalars";

/**
 * What a board's early-warning signal says about a council. Each board states
 * its own kinds from its own data; the LGA (corporate) combines them into a
 * council's early warning. One enum for every board: Federation needs it
 * identical wherever the signal type appears.
 */
export enum EarlyWarningSignalKind {
  INDICATOR_WORST_DECILE = "INDICATOR_WORST_DECILE",
  INDICATOR_FALLING = "INDICATOR_FALLING",
  NO_CORPORATE_PEER_CHALLENGE = "NO_CORPORATE_PEER_CHALLENGE",
  CONCERN_SERIOUS = "CONCERN_SERIOUS",
  CONCERN_SIGNIFICANT = "CONCERN_SIGNIFICANT",
  CONCERN_EMERGING = "CONCERN_EMERGING",
  CHILDRENS_TARGETED_SUPPORT = "CHILDRENS_TARGETED_SUPPORT",
  CHILDRENS_EARLY_SUPPORT = "CHILDRENS_EARLY_SUPPORT",
  CHILDRENS_PEER_CHALLENGE_NOT_ENGAGED = "CHILDRENS_PEER_CHALLENGE_NOT_ENGAGED",
  SAFEGUARDING_REVIEW_NOT_HELD = "SAFEGUARDING_REVIEW_NOT_HELD",
  SELF_ASSESSMENT_NOT_CHALLENGED = "SELF_ASSESSMENT_NOT_CHALLENGED",
  CQC_RATING_OUTSIDE_SIGN_OFF = "CQC_RATING_OUTSIDE_SIGN_OFF",
  NO_PUBLISHED_LOCAL_ACCOUNT = "NO_PUBLISHED_LOCAL_ACCOUNT",
  SIGN_OFF_STALLED = "SIGN_OFF_STALLED",
}

registerEnumType(EarlyWarningSignalKind, {
  name: "EarlyWarningSignalKind",
  description: "What an early-warning signal says about a council; the kinds derived from concerns are named CONCERN_….",
  valuesConfig: {
    INDICATOR_WORST_DECILE: { description: "Corporate: a performance indicator in the worst tenth of the council and its nearest neighbours." },
    INDICATOR_FALLING: { description: "Corporate: a performance indicator that got worse period after period, three periods running." },
    NO_CORPORATE_PEER_CHALLENGE: { description: "Corporate: no corporate peer challenge (delivered or under way) in the offer's no-cost window." },
    CONCERN_SERIOUS: { description: "Corporate: a live serious concern about the council (only for callers who may read concerns)." },
    CONCERN_SIGNIFICANT: { description: "Corporate: a live significant concern about the council (only for callers who may read concerns)." },
    CONCERN_EMERGING: { description: "Corporate: a live emerging concern about the council (only for callers who may read concerns)." },
    CHILDRENS_TARGETED_SUPPORT: { description: "Children's: the CIB has agreed a package of targeted support." },
    CHILDRENS_EARLY_SUPPORT: { description: "Children's: the CIB has agreed a package of early support." },
    CHILDRENS_PEER_CHALLENGE_NOT_ENGAGED: { description: "Children's: not engaged in children's services peer challenge, due of every council by 31 December 2012." },
    SAFEGUARDING_REVIEW_NOT_HELD: { description: "Children's: a safeguarding peer review requested and not yet held." },
    SELF_ASSESSMENT_NOT_CHALLENGED: { description: "Children's: the latest self-assessment has not been challenged by peers." },
    CQC_RATING_OUTSIDE_SIGN_OFF: { description: "Adults: rated adequate or below by the CQC in 2009-10 and not in the TEASC sign-off." },
    NO_PUBLISHED_LOCAL_ACCOUNT: { description: "Adults: no published local account for the current year." },
    SIGN_OFF_STALLED: { description: "Adults: the TEASC sign-off has not moved on from its current step for longer than expected." },
  },
});

@ObjectType({ description: "One figure an early-warning signal was computed from." })
// The same value type in every board's subgraph.
@Directive("@shareable")
export class EarlyWarningEvidence {
  @Public()
  @Field({ description: "What the figure is, in words, e.g. \"support level\" or \"value 2011/12\"." })
  name!: string;

  @Public()
  @Field({ description: "The figure as recorded, e.g. \"TARGETED_SUPPORT\" or \"92.4\"." })
  value!: string;
}

@ObjectType({ description: "One board's early-warning signal about a council, stated from that board's own records." })
// The same value type in every board's subgraph: corporate receives the others' through @requires.
@Directive("@shareable")
export class EarlyWarningSignal {
  @Public()
  @Field(() => ID, { description: "The GSS code of the council the signal is about." })
  council!: string;

  @Public()
  @Field(() => PartnerBoard, { description: "The board whose records the signal comes from." })
  board!: PartnerBoard;

  @Public()
  @Field(() => EarlyWarningSignalKind, { description: "What the signal says." })
  kind!: EarlyWarningSignalKind;

  @Public()
  @Field({ description: "One sentence a board member understands: what was found, and why it matters." })
  summary!: string;

  @Public()
  @Field(() => [EarlyWarningEvidence], { description: "The figures the signal was computed from." })
  evidence!: EarlyWarningEvidence[];

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "Since when the signal has held, where the records say." })
  since!: string | null;

  @Public()
  @Field({ description: "The type of the record the signal comes from, e.g. ChildrensSupportLevelDecision or LocalAccount." })
  recordType!: string;

  @Public()
  @Field(() => ID, { nullable: true, description: "The id of that record, where there is one (null where the signal is an absence, e.g. no peer challenge)." })
  recordId!: string | null;
}

/** A signal's evidence from named figures, in the order given. */
export function evidenceOf(figures: Record<string, string | number | boolean | null | undefined>): EarlyWarningEvidence[] {
  return Object.entries(figures).map(([name, value]) => ({ name, value: value === null || value === undefined ? "none" : String(value) }));
}

/** The signal type's list sizes, the same in every board that defines it. */
export const EARLY_WARNING_SIGNAL_DEMAND: DemandDeclarations = {
  "EarlyWarningSignal.evidence": { assumedSize: 8 },
};

/**
 * The boards' signal fields on Council, as their own board declares them and
 * as corporate declares them @external to receive them through @requires:
 * the same words and sizes in both (composition hints at any difference).
 */
export const BOARD_WARNING_SIGNALS = Object.freeze({
  children: {
    field: "childrensWarningSignals",
    description:
      "The CIB's early-warning signals about the council from its own records (support level, peer challenge, safeguarding peer review, self-assessment); the LGA combines them into Council.earlyWarning. Empty for a shire district.",
    // Support level, peer challenge, a review or two, self-assessment.
    demand: { "Council.childrensWarningSignals": { assumedSize: 6 } } as DemandDeclarations,
  },
  adults: {
    field: "adultsWarningSignals",
    description:
      "TEASC's early-warning signals about the council from its own records (CQC rating, sign-off, local accounts); the LGA combines them into Council.earlyWarning. Empty for a shire district.",
    // CQC rating, local account, sign-off.
    demand: { "Council.adultsWarningSignals": { assumedSize: 3 } } as DemandDeclarations,
  },
});

/** The selection corporate's fields @require of the other boards' signals. */
export const SIGNAL_SELECTION = "council board kind summary evidence { name value } since recordType recordId";
export const REQUIRED_BOARD_SIGNALS = `childrensWarningSignals { ${SIGNAL_SELECTION} } adultsWarningSignals { ${SIGNAL_SELECTION} }`;
