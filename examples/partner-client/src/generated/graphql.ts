/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** The ADASS regional branch through which TEASC develops improvement in a region. */
export type AdassRegionalBranch = {
  __typename?: 'AdassRegionalBranch';
  /**
   * The branch, named after its region.
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * ONS code of the region.
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
};

/** More evidence for a live concern. */
export type AddConcernEvidenceInput = {
  /** The evidence to add (at least one item). */
  evidence: Array<EvidenceInput>;
  /** The concern's id. */
  id: Scalars['ID']['input'];
};

/** Adding a peer to a challenge's team. */
export type AddCorporatePeerChallengePeerInput = {
  /** The challenge's id. */
  id: Scalars['ID']['input'];
  /** The peer. */
  peer: PeerInput;
};

/** How precisely a source dates an event: to the day, or only to the month. */
export type AdultsDatePrecision =
  /** The date is the day it happened. */
  | 'DAY'
  /** The source gives only the month: the date is that month's last day, by which it had happened. */
  | 'MONTH';

/** The three core elements of sign-off and the two confirmations of them. */
export type AdultsEvidenceKind =
  /** Confirmation: feedback from the DH deputy regional director. */
  | 'DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK'
  /** Core element: the results of its subsidised peer challenge. */
  | 'PEER_CHALLENGE_RESULTS'
  /** Core element: the endorsement of an independent peer director. */
  | 'PEER_DIRECTOR_ENDORSEMENT'
  /** Confirmation: feedback from the LGA principal adviser for the council's region. */
  | 'PRINCIPAL_ADVISER_FEEDBACK'
  /** Core element: the council's progress report against its improvement plan. */
  | 'PROGRESS_REPORT';

/** Whether a piece of evidence supports signing off the council's improvement. */
export type AdultsEvidenceOutcome =
  /** It does not support sign-off yet: the council cannot be invited while it stands. */
  | 'DOES_NOT_SUPPORT_SIGN_OFF'
  /** It supports sign-off. */
  | 'SUPPORTS_SIGN_OFF';

/** A point of learning the board identified to share from a council's improvement. */
export type AdultsLearning = {
  __typename?: 'AdultsLearning';
  /**
   * The learning point's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The learning to share.
   *
   * Confidentiality: PUBLIC.
   */
  learning: Scalars['String']['output'];
  /**
   * Its place in the list (1 first).
   *
   * Confidentiality: PUBLIC.
   */
  position: Scalars['Int']['output'];
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
};

/** A step or piece of evidence still missing on the way to recognition. */
export type AdultsMissingItem = {
  __typename?: 'AdultsMissingItem';
  /**
   * What is missing, in words (says when evidence is recorded but does not support sign-off).
   *
   * Confidentiality: PUBLIC.
   */
  description: Scalars['String']['output'];
  /**
   * The status it is needed to reach.
   *
   * Confidentiality: PUBLIC.
   */
  neededFor: AdultsSignOffStatus;
  /**
   * What is missing.
   *
   * Confidentiality: PUBLIC.
   */
  requirement: AdultsSignOffRequirement;
};

/** The subsidised peer challenge of a council in the sign-off programme. */
export type AdultsPeerChallenge = {
  __typename?: 'AdultsPeerChallenge';
  /**
   * What the council asked the peers to focus on.
   *
   * Confidentiality: PUBLIC.
   */
  focus?: Maybe<Scalars['String']['output']>;
  /**
   * The peer challenge's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The lead peer.
   *
   * Confidentiality: PUBLIC.
   */
  leadPeer: Scalars['String']['output'];
  /**
   * First day on site.
   *
   * Confidentiality: PUBLIC.
   */
  onSiteFrom: Scalars['LocalDate']['output'];
  /**
   * Last day on site.
   *
   * Confidentiality: PUBLIC.
   */
  onSiteTo: Scalars['LocalDate']['output'];
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * Always true: the programme subsidises the peer challenge of each council rated adequate.
   *
   * Confidentiality: PUBLIC.
   */
  subsidised: Scalars['Boolean']['output'];
};

/** The TEASC board's recognition of a council's progress: the sign-off itself. */
export type AdultsRecognition = {
  __typename?: 'AdultsRecognition';
  /**
   * The recognition's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The last day by which the recognition is known to have happened: what adultsRecognisedBy compares.
   *
   * Confidentiality: PUBLIC.
   */
  knownBy: Scalars['LocalDate']['output'];
  /**
   * The learning the board identified to share, in order; empty where the source names none.
   *
   * Confidentiality: PUBLIC.
   */
  learningToShare: Array<AdultsLearning>;
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When the board recognised the progress; where the source gives only the month, that month's last day (see recognisedOnPrecision).
   *
   * Confidentiality: PUBLIC.
   */
  recognisedOn: Scalars['LocalDate']['output'];
  /**
   * Whether recognisedOn is the day or only the month's last day.
   *
   * Confidentiality: PUBLIC.
   */
  recognisedOnPrecision: AdultsDatePrecision;
};

/** A key deliverable a region identified for the TEASC board's funding in 2012/13. */
export type AdultsRegionalDeliverable =
  /** Delivery of improvement support. */
  | 'IMPROVEMENT_SUPPORT'
  /** Stronger engagement of council leaders, lead members and chief executives. */
  | 'LEADER_ENGAGEMENT'
  /** Review and development of local accounts. */
  | 'LOCAL_ACCOUNTS_REVIEW'
  /** Another regional priority. */
  | 'OTHER'
  /** Supporting the delivery of regional peer challenge. */
  | 'REGIONAL_PEER_CHALLENGE';

/** A region's priority for sector-led improvement in adult social care, and the board's funding for it. */
export type AdultsRegionalPriority = {
  __typename?: 'AdultsRegionalPriority';
  /**
   * The kind of deliverable.
   *
   * Confidentiality: PUBLIC.
   */
  deliverable: AdultsRegionalDeliverable;
  /**
   * What the region will deliver.
   *
   * Confidentiality: PUBLIC.
   */
  description: Scalars['String']['output'];
  /**
   * The financial year, e.g. 2012/13.
   *
   * Confidentiality: PUBLIC.
   */
  financialYear: Scalars['String']['output'];
  /**
   * The TEASC board's funding for it, in pounds; null until agreed.
   *
   * Confidentiality: PUBLIC.
   */
  fundingPounds?: Maybe<Scalars['Int']['output']>;
  /**
   * The priority's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Where the record comes from; DEMO amounts are illustrative.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * ONS code of the region.
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
};

/** A workshop held in a region (supported by the TEASC board) on regional issues and priorities. */
export type AdultsRegionalWorkshop = {
  __typename?: 'AdultsRegionalWorkshop';
  /**
   * When it was held; null for the reference records, whose source says only that it took place by 2012.
   *
   * Confidentiality: PUBLIC.
   */
  heldOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The workshop's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * ONS code of the region.
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
  /**
   * What it discussed.
   *
   * Confidentiality: PUBLIC.
   */
  topic: Scalars['String']['output'];
};

/** The TEASC sign-off of a council rated adequate by the CQC in 2009-10. */
export type AdultsSignOff = {
  __typename?: 'AdultsSignOff';
  /**
   * The council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * ONS GSS code of the council.
   *
   * Confidentiality: PUBLIC.
   */
  councilCode: Scalars['ID']['output'];
  /**
   * Confirmation: feedback from the DH deputy regional director.
   *
   * Confidentiality: PUBLIC.
   */
  dhDeputyRegionalDirectorFeedback?: Maybe<AdultsSignOffEvidence>;
  /**
   * When it entered the programme; null where the source does not say.
   *
   * Confidentiality: PUBLIC.
   */
  enteredOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Every piece of evidence recorded, oldest first, including those later re-recorded.
   *
   * Confidentiality: PUBLIC.
   */
  evidenceHistory: Array<AdultsSignOffEvidence>;
  /**
   * The sign-off's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * True for demonstration records that fill the programme to the CQC's seven: the four councils they pick are illustrative, not named by any source.
   *
   * Confidentiality: PUBLIC.
   */
  illustrative: Scalars['Boolean']['output'];
  /**
   * When it was invited to present to the TEASC board.
   *
   * Confidentiality: PUBLIC.
   */
  invitedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Everything still missing on the way to recognition; empty once recognised.
   *
   * Confidentiality: PUBLIC.
   */
  missing: Array<AdultsMissingItem>;
  /**
   * The status it can move to next; null once recognised.
   *
   * Confidentiality: PUBLIC.
   */
  nextStatus?: Maybe<AdultsSignOffStatus>;
  /**
   * What the record rests on, or for an illustrative one, why it is not fact.
   *
   * Confidentiality: PUBLIC.
   */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * Its subsidised peer challenge, once recorded.
   *
   * Confidentiality: PUBLIC.
   */
  peerChallenge?: Maybe<AdultsPeerChallenge>;
  /**
   * Core element: the results of the peer challenge.
   *
   * Confidentiality: PUBLIC.
   */
  peerChallengeResults?: Maybe<AdultsSignOffEvidence>;
  /**
   * Core element: the endorsement of an independent peer director.
   *
   * Confidentiality: PUBLIC.
   */
  peerDirectorEndorsement?: Maybe<AdultsSignOffEvidence>;
  /**
   * When it presented to the board.
   *
   * Confidentiality: PUBLIC.
   */
  presentedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Confirmation: feedback from the LGA principal adviser for the council's region.
   *
   * Confidentiality: PUBLIC.
   */
  principalAdviserFeedback?: Maybe<AdultsSignOffEvidence>;
  /**
   * Core element: the council's progress report against its improvement plan.
   *
   * Confidentiality: PUBLIC.
   */
  progressReport?: Maybe<AdultsSignOffEvidence>;
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When the board recognised its progress; where the source gives only the month, that month's last day (see recognisedOnPrecision). Null until recognised.
   *
   * Confidentiality: PUBLIC.
   */
  recognisedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Whether recognisedOn is the day or only the month's last day. Null until recognised.
   *
   * Confidentiality: PUBLIC.
   */
  recognisedOnPrecision?: Maybe<AdultsDatePrecision>;
  /**
   * The board's recognition, once given.
   *
   * Confidentiality: PUBLIC.
   */
  recognition?: Maybe<AdultsRecognition>;
  /**
   * Where the council is in the sign-off.
   *
   * Confidentiality: PUBLIC.
   */
  status: AdultsSignOffStatus;
};

/** One of the three core elements or two confirmations, with its date, author and outcome. */
export type AdultsSignOffEvidence = {
  __typename?: 'AdultsSignOffEvidence';
  /**
   * Who gave it (name and role).
   *
   * Confidentiality: PUBLISHED — public once the TEASC board has recognised the council's progress (RECOGNISED); before that only the council's own officers, the principal adviser for its region, the LGA central team and TEASC's officers (and partner systems with adults:write).
   */
  author?: Maybe<Scalars['String']['output']>;
  /**
   * When it was given.
   *
   * Confidentiality: PUBLIC.
   */
  givenOn: Scalars['LocalDate']['output'];
  /**
   * The evidence's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Which element or confirmation it is.
   *
   * Confidentiality: PUBLIC.
   */
  kind: AdultsEvidenceKind;
  /**
   * Whether it supports sign-off.
   *
   * Confidentiality: PUBLIC.
   */
  outcome: AdultsEvidenceOutcome;
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * What it says, in short.
   *
   * Confidentiality: PUBLISHED — public once the TEASC board has recognised the council's progress (RECOGNISED); before that only the council's own officers, the principal adviser for its region, the LGA central team and TEASC's officers (and partner systems with adults:write).
   */
  summary?: Maybe<Scalars['String']['output']>;
};

/** One council rated adequate, and how far its sign-off has come. */
export type AdultsSignOffProgress = {
  __typename?: 'AdultsSignOffProgress';
  /**
   * The council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * Everything still missing on the way to recognition; empty once recognised.
   *
   * Confidentiality: PUBLIC.
   */
  missing: Array<AdultsMissingItem>;
  /**
   * Its sign-off; null before it enters the programme.
   *
   * Confidentiality: PUBLIC.
   */
  signOff?: Maybe<AdultsSignOff>;
  /**
   * Its sign-off status; null before it enters the programme.
   *
   * Confidentiality: PUBLIC.
   */
  status?: Maybe<AdultsSignOffStatus>;
};

/** A step or piece of evidence still missing on the way to the board's recognition. */
export type AdultsSignOffRequirement =
  /** Confirmation: the DH deputy regional director's feedback, supporting sign-off. */
  | 'DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK'
  /** Entry into the programme (enterAdultsSignOff). */
  | 'ENTRY'
  /** The invitation to present to the TEASC board (inviteAdultsSignOffToPresent). */
  | 'INVITATION'
  /** The subsidised peer challenge (recordAdultsPeerChallenge). */
  | 'PEER_CHALLENGE'
  /** Core element: the peer challenge's results, supporting sign-off. */
  | 'PEER_CHALLENGE_RESULTS'
  /** Core element: an independent peer director's endorsement, supporting sign-off. */
  | 'PEER_DIRECTOR_ENDORSEMENT'
  /** The council's presentation to the board (recordAdultsSignOffPresentation). */
  | 'PRESENTATION'
  /** Confirmation: the region's LGA principal adviser's feedback, supporting sign-off. */
  | 'PRINCIPAL_ADVISER_FEEDBACK'
  /** Core element: the progress report against the improvement plan, supporting sign-off. */
  | 'PROGRESS_REPORT'
  /** The board's recognition of its progress (recogniseAdultsSignOff). */
  | 'RECOGNITION';

/** Gathering the three core elements and two confirmations → invited to present to the board → presented → recognised. */
export type AdultsSignOffStatus =
  /** In the programme: peer challenge, three core elements and two confirmations being gathered. */
  | 'GATHERING_EVIDENCE'
  /** All five in and supporting sign-off: invited to present to the TEASC board. */
  | 'INVITED_TO_PRESENT'
  /** Has presented its progress to the board. */
  | 'PRESENTED'
  /** The board has recognised its progress (signed off), with the learning identified to share. */
  | 'RECOGNISED';

/** The support engagement whose Terms of Engagement are agreed (PROPOSED → AGREED). */
export type AgreeSupportEngagementInput = {
  /** The id of the concern whose engagement is agreed. */
  concern: Scalars['ID']['input'];
};

/** Support requested or offered, now agreed between the council and the board. */
export type AgreeSupportInput = {
  /** When it was agreed, not in the future; today when not given. */
  agreedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The support record's id. */
  id: Scalars['ID']['input'];
};

/** A person nominated to one of a region's three regional lead roles. */
export type AssignRegionalLeadInput = {
  /** When they take the role. */
  appointedOn: Scalars['LocalDate']['input'];
  /** The person nominated. */
  person: ChildrensPersonInput;
  /** The region's ONS code. */
  region: Scalars['ID']['input'];
  /** Replace whoever holds the role now (default false: a taken role is refused with CONFLICT). */
  replace?: Scalars['Boolean']['input'];
  /** The role. */
  role: RegionalLeadRole;
};

/** One write to a board's records: who made it (the token's subject), when, and what was asked to change. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /**
   * When the write was committed (UTC).
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  at: Scalars['DateTime']['output'];
  /**
   * What was asked to change: the mutation's arguments, as JSON.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  changes: Scalars['String']['output'];
  /**
   * The roles and scopes the token carried.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  credentials: Array<Scalars['String']['output']>;
  /**
   * The entry's identifier.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  id: Scalars['ID']['output'];
  /**
   * The name the token gave.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * The mutation that made the write.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  operation: Scalars['String']['output'];
  /**
   * The id of the record written, where the mutation answers one.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  recordId?: Maybe<Scalars['String']['output']>;
  /**
   * The request id, to find the write in the logs.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  requestId?: Maybe<Scalars['String']['output']>;
  /**
   * The token's subject (sub) of whoever made the write.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  subject?: Maybe<Scalars['String']['output']>;
};

/** A page of AuditEntry items, in a stable order, read by cursor. */
export type AuditEntryConnection = {
  __typename?: 'AuditEntryConnection';
  /**
   * The page's items, in order.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  edges: Array<AuditEntryEdge>;
  /**
   * Whether there is more, and the cursor to continue from.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  pageInfo: PageInfo;
};

/** One AuditEntry of a page, with the cursor to page on from it. */
export type AuditEntryEdge = {
  __typename?: 'AuditEntryEdge';
  /**
   * Opaque: pass it as `after` to read the items that follow this one.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  cursor: Scalars['String']['output'];
  /**
   * The AuditEntry.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). Checked where the record is reached.
   */
  node: AuditEntry;
};

/** One of the three partner boards of sector-led improvement. */
export type Board =
  /** Towards Excellence in Adult Social Care (TEASC). */
  | 'ADULTS'
  /** The Children's Improvement Board (CIB). */
  | 'CHILDREN'
  /** The LGA's corporate improvement offer. */
  | 'CORPORATE';

/** A place on a leadership event for a council's lead member for children. */
export type BookChildrensLeadershipPlaceInput = {
  /** The council (upper tier). */
  council: Scalars['ID']['input'];
  /** The event. */
  event: Scalars['ID']['input'];
  /** The lead member's name. */
  leadMemberName: Scalars['String']['input'];
};

/** Booking a challenge's dates on site, with the team so far. */
export type BookCorporatePeerChallengeInput = {
  /** When the booking was made. */
  bookedOn: Scalars['LocalDate']['input'];
  /** The challenge's id. */
  id: Scalars['ID']['input'];
  /** First day on site. */
  onSiteFrom: Scalars['LocalDate']['input'];
  /** Last day on site. */
  onSiteTo: Scalars['LocalDate']['input'];
  /** Peers on the team (more can join until feedback is given). */
  peers?: Array<PeerInput>;
};

/** A peer challenge called off before it completed; the council may then plan another. */
export type CancelChildrensPeerChallengeInput = {
  /** The peer challenge (planned, scheduled or on site). */
  id: Scalars['ID']['input'];
};

/** Calling a challenge off before its report is published. */
export type CancelCorporatePeerChallengeInput = {
  /** When it was called off. */
  cancelledOn: Scalars['LocalDate']['input'];
  /** The challenge's id. */
  id: Scalars['ID']['input'];
  /** Why, briefly. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A live concern's new severity. */
export type ChangeConcernSeverityInput = {
  /** The concern's id. */
  id: Scalars['ID']['input'];
  /** The new severity: escalated or de-escalated. */
  severity: ConcernSeverity;
};

/** An indicator of the CIB's common data set for children's services. */
export type ChildrensIndicator = {
  __typename?: 'ChildrensIndicator';
  /**
   * The indicator's short code.
   *
   * Confidentiality: PUBLIC.
   */
  code: Scalars['ID']['output'];
  /**
   * How it is defined.
   *
   * Confidentiality: PUBLIC.
   */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * What it measures.
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * Which way is better.
   *
   * Confidentiality: PUBLIC.
   */
  polarity: IndicatorPolarity;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * Its unit, e.g. per 10,000 children or %.
   *
   * Confidentiality: PUBLIC.
   */
  unit: Scalars['String']['output'];
};

/** A council's value of a common data set indicator for one period. */
export type ChildrensIndicatorValue = {
  __typename?: 'ChildrensIndicatorValue';
  /**
   * The council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The indicator.
   *
   * Confidentiality: PUBLIC.
   */
  indicator: ChildrensIndicator;
  /**
   * The financial year, e.g. 2011/12.
   *
   * Confidentiality: PUBLIC.
   */
  period: Scalars['String']['output'];
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The value, in the indicator's unit.
   *
   * Confidentiality: PUBLIC.
   */
  value: Scalars['Float']['output'];
};

/** A lead member induction event or a Leadership Academy event for children's services lead members. */
export type ChildrensLeadershipEvent = {
  __typename?: 'ChildrensLeadershipEvent';
  /**
   * Last day.
   *
   * Confidentiality: PUBLIC.
   */
  endsOn: Scalars['LocalDate']['output'];
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Induction or Leadership Academy.
   *
   * Confidentiality: PUBLIC.
   */
  kind: ChildrensLeadershipEventKind;
  /**
   * How many places it has.
   *
   * Confidentiality: PUBLIC.
   */
  places: Scalars['Int']['output'];
  /**
   * Places still free.
   *
   * Confidentiality: PUBLIC.
   */
  placesLeft: Scalars['Int']['output'];
  /**
   * The places taken, in order.
   *
   * Confidentiality: PUBLIC.
   */
  placesTaken: Array<ChildrensLeadershipPlace>;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * First day.
   *
   * Confidentiality: PUBLIC.
   */
  startsOn: Scalars['LocalDate']['output'];
  /**
   * The event's title.
   *
   * Confidentiality: PUBLIC.
   */
  title: Scalars['String']['output'];
  /**
   * Where it is held.
   *
   * Confidentiality: PUBLIC.
   */
  venue?: Maybe<Scalars['String']['output']>;
};

/** The CIB's leadership offer to lead members for children. */
export type ChildrensLeadershipEventKind =
  /** A two-day Leadership Academy event with free places for children's services lead members. */
  | 'LEADERSHIP_ACADEMY'
  /** An induction event for new lead members for children. */
  | 'LEAD_MEMBER_INDUCTION';

/** A place on a leadership event taken by a council's lead member for children (free of charge). */
export type ChildrensLeadershipPlace = {
  __typename?: 'ChildrensLeadershipPlace';
  /**
   * The lead member's council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The event.
   *
   * Confidentiality: PUBLIC.
   */
  event: ChildrensLeadershipEvent;
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The lead member's name.
   *
   * Confidentiality: PERSONAL — only officers of the individual's council, the LGA central team, the CIB's officers (and partner systems with children:write).
   */
  leadMemberName?: Maybe<Scalars['String']['output']>;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The place's number on the event, 1 to its places.
   *
   * Confidentiality: PUBLIC.
   */
  seat: Scalars['Int']['output'];
};

/** A children's services peer challenge under its region's model, with five days of a DCS's time. */
export type ChildrensPeerChallenge = {
  __typename?: 'ChildrensPeerChallenge';
  /**
   * The council challenged.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * Days of DCS time councils agreed to give to each peer challenge: five.
   *
   * Confidentiality: PUBLIC.
   */
  dcsDaysAgreed: Scalars['Int']['output'];
  /**
   * Days of directors of children's services' time actually given, recorded at completion.
   *
   * Confidentiality: PUBLIC.
   */
  dcsDaysGiven?: Maybe<Scalars['Int']['output']>;
  /**
   * Last day on site, once scheduled.
   *
   * Confidentiality: PUBLIC.
   */
  endsOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The lead peer.
   *
   * Confidentiality: PUBLIC.
   */
  leadPeer?: Maybe<ChildrensPerson>;
  /**
   * The regional model used.
   *
   * Confidentiality: PUBLIC.
   */
  model: PeerChallengeModel;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * First day on site, once scheduled.
   *
   * Confidentiality: PUBLIC.
   */
  startsOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Where the peer challenge stands in its lifecycle.
   *
   * Confidentiality: PUBLIC.
   */
  status: ChildrensPeerChallengeStatus;
  /**
   * The rest of the peer team.
   *
   * Confidentiality: PUBLIC.
   */
  team: Array<PeerChallengeTeamMember>;
};

/** planned → scheduled → on site → completed; cancelled from any state before completed. */
export type ChildrensPeerChallengeStatus =
  /** Called off before completion. */
  | 'CANCELLED'
  /** Done; the DCS days actually given are recorded. */
  | 'COMPLETED'
  /** The peer team is on site. */
  | 'ON_SITE'
  /** Agreed with the council under its region's model; no dates yet. */
  | 'PLANNED'
  /** Dates set. */
  | 'SCHEDULED';

/** A person in the CIB's own records: a regional lead or a peer. Not the corporate Person, which the LGA owns. */
export type ChildrensPerson = {
  __typename?: 'ChildrensPerson';
  /**
   * Their email address, where recorded.
   *
   * Confidentiality: PUBLISHED — public where it comes from a published source (provenance REFERENCE); before that only the LGA central team, the CIB's officers (and partner systems with children:write).
   */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The person's name.
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * The council or body they work for.
   *
   * Confidentiality: PUBLIC.
   */
  organisation?: Maybe<Scalars['String']['output']>;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * Their post, e.g. Director of Children's Services.
   *
   * Confidentiality: PUBLIC.
   */
  title?: Maybe<Scalars['String']['output']>;
};

/** A person to record in the CIB's own records. */
export type ChildrensPersonInput = {
  /** Their email address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** The person's name. */
  name: Scalars['String']['input'];
  /** The council or body they work for. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** Their post. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A council's self-assessment of its children's services, opened to external challenge by peers. */
export type ChildrensSelfAssessment = {
  __typename?: 'ChildrensSelfAssessment';
  /**
   * Where the council judges it must improve.
   *
   * Confidentiality: PUBLISHED — public once peers have challenged it (CHALLENGED); before that only the council's own officers, the principal adviser for its region, the LGA central team and the CIB's officers (and partner systems with children:write).
   */
  areasForImprovement?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * The council that assessed itself.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The external peer challenge of it, once held.
   *
   * Confidentiality: PUBLIC.
   */
  peerChallenge?: Maybe<SelfAssessmentChallenge>;
  /**
   * The financial year it assesses, e.g. 2011/12.
   *
   * Confidentiality: PUBLIC.
   */
  period: Scalars['String']['output'];
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * Where the self-assessment stands.
   *
   * Confidentiality: PUBLIC.
   */
  status: ChildrensSelfAssessmentStatus;
  /**
   * What the council judges it does well.
   *
   * Confidentiality: PUBLISHED — public once peers have challenged it (CHALLENGED); before that only the council's own officers, the principal adviser for its region, the LGA central team and the CIB's officers (and partner systems with children:write).
   */
  strengths?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * The council's summary of its children's services.
   *
   * Confidentiality: PUBLISHED — public once peers have challenged it (CHALLENGED); before that only the council's own officers, the principal adviser for its region, the LGA central team and the CIB's officers (and partner systems with children:write).
   */
  summary?: Maybe<Scalars['String']['output']>;
};

/** draft → submitted (opened to external challenge) → challenged (the peers' challenge is recorded). */
export type ChildrensSelfAssessmentStatus =
  /** Challenged by peers from other councils; the outcome is recorded. */
  | 'CHALLENGED'
  /** Being written by the council. */
  | 'DRAFT'
  /** Complete and opened to external challenge by peers. */
  | 'SUBMITTED';

/** The CIB's level of support for a council's children's services; targeted and early support come first for safeguarding peer reviews. */
export type ChildrensSupportLevel =
  /** An agreed package of early support. */
  | 'EARLY_SUPPORT'
  /** An agreed package of targeted support. */
  | 'TARGETED_SUPPORT'
  /** The support every council has. */
  | 'UNIVERSAL';

/** A council's value of a metric compared with a group of councils, in one period. */
export type Comparison = {
  __typename?: 'Comparison';
  /**
   * The council being compared.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The group it is compared with.
   *
   * Confidentiality: PUBLIC.
   */
  group: ComparisonGroup;
  /**
   * How many councils are in the group (the council included).
   *
   * Confidentiality: PUBLIC.
   */
  groupSize: Scalars['Int']['output'];
  /**
   * The median of the group's values.
   *
   * Confidentiality: PUBLIC.
   */
  median?: Maybe<Scalars['Float']['output']>;
  /**
   * Every member of the group, best first (members without a value last).
   *
   * Confidentiality: PUBLIC.
   */
  members: Array<ComparisonMember>;
  /**
   * The metric compared.
   *
   * Confidentiality: PUBLIC.
   */
  metric: Metric;
  /**
   * Which neighbours, when the group is NEAREST_NEIGHBOURS; null for any other group.
   *
   * Confidentiality: PUBLIC.
   */
  neighbours?: Maybe<NeighbourSet>;
  /**
   * The financial year compared: as asked, or the metric's latest; null when the metric has no values.
   *
   * Confidentiality: PUBLIC.
   */
  period?: Maybe<Scalars['String']['output']>;
  /**
   * The compared council's own line.
   *
   * Confidentiality: PUBLIC.
   */
  position: ComparisonMember;
  /**
   * How many of them have a value for the period.
   *
   * Confidentiality: PUBLIC.
   */
  reporting: Scalars['Int']['output'];
};

/** The councils a council is compared with. */
export type ComparisonGroup =
  /** Every council of its type (county, district, unitary, metropolitan, London). */
  | 'COUNCIL_TYPE'
  /** All 353 English councils. */
  | 'ENGLAND'
  /** The council and its neighbours: by default its 15 nearest neighbours of comparable type, CIPFA-style; the CIB's ten statistical neighbours with `neighbours: CIB_STATISTICAL` (see Council.nearestNeighbours). */
  | 'NEAREST_NEIGHBOURS'
  /** Every council in its region. */
  | 'REGION';

/** One member of a comparison group: its value, rank and quartile. */
export type ComparisonMember = {
  __typename?: 'ComparisonMember';
  /**
   * The member council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * For nearest neighbours: the distance from the compared council (0 for itself).
   *
   * Confidentiality: PUBLIC.
   */
  distance?: Maybe<Scalars['Float']['output']>;
  /**
   * 1 (best quarter of the group) to 4 (worst); null without a value.
   *
   * Confidentiality: PUBLIC.
   */
  quartile?: Maybe<Scalars['Int']['output']>;
  /**
   * 1 is best by the metric's polarity; equal values share a rank; null without a value.
   *
   * Confidentiality: PUBLIC.
   */
  rank?: Maybe<Scalars['Int']['output']>;
  /**
   * Its value for the period; null where none is recorded.
   *
   * Confidentiality: PUBLIC.
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** A peer challenge whose visit is over, with the DCS time given. */
export type CompleteChildrensPeerChallengeInput = {
  /** Days of DCS time actually given (0 to 20). */
  dcsDaysGiven: Scalars['Int']['input'];
  /** The peer challenge (on site). */
  id: Scalars['ID']['input'];
};

/** Support under way that is completed. */
export type CompleteSupportInput = {
  /** When it was completed, not in the future; today when not given. */
  completedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The support record's id. */
  id: Scalars['ID']['input'];
};

/** Confidential, specific and evidence-based intelligence about a council's risk of significant underperformance (no evidence, no concern). Readable only as the contract's confidential fields are. */
export type Concern = {
  __typename?: 'Concern';
  /**
   * True for a live serious concern with no contact yet at leader or chief executive level: the approach calls for one at the earliest opportunity, and the concern cannot be shared until it is recorded.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  awaitingLeadershipContact: Scalars['Boolean']['output'];
  /**
   * Contacts made with the council about it, oldest first.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  contacts: Array<ConcernContact>;
  /**
   * The council it is about.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  council: Council;
  /**
   * The date the council was made aware; required before the concern is shared.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  councilAwareOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The evidence it rests on (at least one item).
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  evidence: Array<ConcernEvidence>;
  /**
   * How many items of evidence it rests on (at least one).
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  evidenceItems: Scalars['Int']['output'];
  /**
   * The concern's identifier.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  id: Scalars['ID']['output'];
  /**
   * Whether a contact at leader or chief executive level has been made.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  leadershipContactMade: Scalars['Boolean']['output'];
  /**
   * Demonstration or recorded through the graph.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  provenance: Provenance;
  /**
   * Who raised it: a principal adviser or the central team.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  raisedBy: ConcernRaiser;
  /**
   * The date it was raised.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  raisedOn: Scalars['LocalDate']['output'];
  /**
   * Emerging, significant or serious.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  severity: ConcernSeverity;
  /**
   * Where the intelligence came from.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  sources: Array<ConcernSourceKind>;
  /**
   * Open, shared, resolved or withdrawn.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  status: ConcernStatus;
  /**
   * What the concern is, specifically.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  summary: Scalars['String']['output'];
  /**
   * The support engagement (improvement board), if there is one.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  supportEngagement?: Maybe<SupportEngagement>;
};

/** A page of Concern items, in a stable order, read by cursor. */
export type ConcernConnection = {
  __typename?: 'ConcernConnection';
  /**
   * The page's items, in order.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  edges: Array<ConcernEdge>;
  /**
   * Whether there is more, and the cursor to continue from.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  pageInfo: PageInfo;
};

/** A contact made with the council about a concern. */
export type ConcernContact = {
  __typename?: 'ConcernContact';
  /**
   * When the contact was made.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  contactedOn: Scalars['LocalDate']['output'];
  /**
   * The contact's identifier.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  id: Scalars['ID']['output'];
  /**
   * Leader, chief executive, or other.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  level: ContactLevel;
  /**
   * Who made it.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  madeBy: Scalars['String']['output'];
  /**
   * What was discussed or agreed.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  notes?: Maybe<Scalars['String']['output']>;
  /**
   * Demonstration or recorded through the graph.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  provenance: Provenance;
};

/** How many live concerns (open or shared) a region's councils have at one severity: no content, only the count. */
export type ConcernCount = {
  __typename?: 'ConcernCount';
  /**
   * Live concerns at that severity in the region.
   *
   * Confidentiality: RESTRICTED — only board members, the LGA central team, principal advisers (their own regions) and partner systems with intelligence:read. Checked where the record is reached.
   */
  count: Scalars['Int']['output'];
  /**
   * The region.
   *
   * Confidentiality: RESTRICTED — only board members, the LGA central team, principal advisers (their own regions) and partner systems with intelligence:read. Checked where the record is reached.
   */
  region: Region;
  /**
   * The severity counted.
   *
   * Confidentiality: RESTRICTED — only board members, the LGA central team, principal advisers (their own regions) and partner systems with intelligence:read. Checked where the record is reached.
   */
  severity: ConcernSeverity;
};

/** One Concern of a page, with the cursor to page on from it. */
export type ConcernEdge = {
  __typename?: 'ConcernEdge';
  /**
   * Opaque: pass it as `after` to read the items that follow this one.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  cursor: Scalars['String']['output'];
  /**
   * The Concern.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  node: Concern;
};

/** One item of evidence behind a concern: what it is and where it comes from. */
export type ConcernEvidence = {
  __typename?: 'ConcernEvidence';
  /**
   * What the evidence is.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  description: Scalars['String']['output'];
  /**
   * The evidence item's identifier.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  id: Scalars['ID']['output'];
  /**
   * Demonstration or recorded through the graph.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  provenance: Provenance;
  /**
   * Where it comes from (a report, a data set, a meeting, a department).
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  source: Scalars['String']['output'];
};

/** Who raised a concern. */
export type ConcernRaiser = {
  __typename?: 'ConcernRaiser';
  /**
   * A principal adviser or the central team.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  kind: ConcernRaiserKind;
  /**
   * Their name.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  name: Scalars['String']['output'];
};

/** Who raised a concern. */
export type ConcernRaiserKind =
  /** The LGA's central team. */
  | 'CENTRAL_TEAM'
  /** The LGA principal (or senior) adviser for the council's region. */
  | 'PRINCIPAL_ADVISER';

/** How grave the risk of underperformance is. */
export type ConcernSeverity =
  /** Early signs, to watch. */
  | 'EMERGING'
  /** A potential serious concern: contact at leader or chief executive level at the earliest opportunity. */
  | 'SERIOUS'
  /** Significant underperformance at a service or corporate level is likely. */
  | 'SIGNIFICANT';

/** Where the intelligence behind a concern came from. */
export type ConcernSourceKind =
  /** Intelligence from a government department. */
  | 'GOVERNMENT_DEPARTMENT'
  /** A service-specific inspectorate. */
  | 'INSPECTORATE'
  /** Anything else (say what in the evidence). */
  | 'OTHER'
  /** The results of a peer challenge. */
  | 'PEER_CHALLENGE'
  /** Analysis of published quantitative performance data. */
  | 'PERFORMANCE_DATA'
  /** Qualitative information gathered by principal and senior advisers and member peers. */
  | 'QUALITATIVE';

/** open → shared → resolved; open → resolved; withdrawn from open or shared. */
export type ConcernStatus =
  /** Recorded by the LGA; not yet shared with partners. */
  | 'OPEN'
  /** The risk has passed. */
  | 'RESOLVED'
  /** Shared with partners, in confidence: needs the date the council was made aware (and, if serious, a leader or chief executive contact). */
  | 'SHARED'
  /** The concern was not borne out. */
  | 'WITHDRAWN';

/** The support engagement that concludes (PROPOSED or AGREED → CONCLUDED). */
export type ConcludeSupportEngagementInput = {
  /** The id of the concern whose engagement concludes. */
  concern: Scalars['ID']['input'];
};

/** Whom the council contact was with. */
export type ContactLevel =
  /** The council's chief executive. */
  | 'CHIEF_EXECUTIVE'
  /** The council's leader. */
  | 'LEADER'
  /** Another member or officer. */
  | 'OTHER';

/** What the team found on one of the three core components. */
export type CoreComponentFindings = {
  __typename?: 'CoreComponentFindings';
  /**
   * The core component.
   *
   * Confidentiality: PUBLIC.
   */
  component: CorporatePeerChallengeComponent;
  /**
   * The team's findings; null until feedback is given.
   *
   * Confidentiality: PUBLISHED — public once the challenge's report is published (REPORT_PUBLISHED); before that only the council's own officers, the principal adviser for its region, the LGA central team (and partner systems with corporate:write).
   */
  findings?: Maybe<Scalars['String']['output']>;
};

/** A corporate peer challenge: offered at no cost to every council once in the three years from June 2011. */
export type CorporatePeerChallenge = {
  __typename?: 'CorporatePeerChallenge';
  /**
   * When the on-site dates were booked.
   *
   * Confidentiality: PUBLIC.
   */
  bookedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Why it was cancelled, as recorded.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team (and partner systems with corporate:write).
   */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /**
   * The state the challenge was in when it was cancelled.
   *
   * Confidentiality: PUBLIC.
   */
  cancelledFrom?: Maybe<CorporatePeerChallengeStatus>;
  /**
   * When the challenge was cancelled.
   *
   * Confidentiality: PUBLIC.
   */
  cancelledOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Leadership, corporate capacity and financial resilience, each with the team's findings.
   *
   * Confidentiality: PUBLIC.
   */
  coreComponents: Array<CoreComponentFindings>;
  /**
   * The council challenged.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The financial year it was delivered in (from the feedback date), e.g. 2011/12.
   *
   * Confidentiality: PUBLIC.
   */
  deliveredInFinancialYear?: Maybe<Scalars['String']['output']>;
  /**
   * When the team gave its feedback: the challenge is delivered from then.
   *
   * Confidentiality: PUBLIC.
   */
  feedbackGivenOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The challenge's id in the corporate subgraph.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * When the council expressed interest.
   *
   * Confidentiality: PUBLIC.
   */
  interestExpressedOn: Scalars['LocalDate']['output'];
  /**
   * The local focus areas the council chose, in its order.
   *
   * Confidentiality: PUBLIC.
   */
  localFocusAreas: Array<CorporatePeerChallengeFocusArea>;
  /**
   * True for the council's one no-cost challenge under the LGA offer (2011/12 to 2013/14).
   *
   * Confidentiality: PUBLIC.
   */
  noCost: Scalars['Boolean']['output'];
  /**
   * First day of the team's time on site.
   *
   * Confidentiality: PUBLIC.
   */
  onSiteFrom?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Last day of the team's time on site.
   *
   * Confidentiality: PUBLIC.
   */
  onSiteTo?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The peers on the team.
   *
   * Confidentiality: PUBLIC.
   */
  peers: Array<CorporatePeerChallengePeer>;
  /**
   * DEMO for demonstration records, RECORDED for those written through the graph.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When the report was published.
   *
   * Confidentiality: PUBLIC.
   */
  reportPublishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Where the published report is (set when the report is published).
   *
   * Confidentiality: PUBLIC.
   */
  reportUrl?: Maybe<Scalars['String']['output']>;
  /**
   * The council's overall satisfaction, once it has said.
   *
   * Confidentiality: PUBLISHED — public once the challenge's report is published (REPORT_PUBLISHED); before that only the council's own officers, the principal adviser for its region, the LGA central team (and partner systems with corporate:write).
   */
  satisfaction?: Maybe<CorporatePeerChallengeSatisfaction>;
  /**
   * Where the challenge is in its lifecycle.
   *
   * Confidentiality: PUBLIC.
   */
  status: CorporatePeerChallengeStatus;
  /**
   * Whether the council would recommend a peer challenge to another authority.
   *
   * Confidentiality: PUBLISHED — public once the challenge's report is published (REPORT_PUBLISHED); before that only the council's own officers, the principal adviser for its region, the LGA central team (and partner systems with corporate:write).
   */
  wouldRecommend?: Maybe<Scalars['Boolean']['output']>;
};

/** The core components every corporate peer challenge covers: their absence is known to be linked to organisational failure. */
export type CorporatePeerChallengeComponent =
  /** Corporate capacity: the organisation's ability to deliver its priorities. */
  | 'CORPORATE_CAPACITY'
  /** Financial resilience: a sound financial plan and the means to carry it out. */
  | 'FINANCIAL_RESILIENCE'
  /** Political and managerial leadership: a shared vision and clear priorities. */
  | 'LEADERSHIP';

/** A local focus area the council chose for its peer challenge, with the team's findings on it. */
export type CorporatePeerChallengeFocusArea = {
  __typename?: 'CorporatePeerChallengeFocusArea';
  /**
   * The team's findings; null until feedback is given.
   *
   * Confidentiality: PUBLISHED — public once the challenge's report is published (REPORT_PUBLISHED); before that only the council's own officers, the principal adviser for its region, the LGA central team (and partner systems with corporate:write).
   */
  findings?: Maybe<Scalars['String']['output']>;
  /**
   * Its place in the council's list, from 1.
   *
   * Confidentiality: PUBLIC.
   */
  position: Scalars['Int']['output'];
  /**
   * The focus area, in the council's words.
   *
   * Confidentiality: PUBLIC.
   */
  title: Scalars['String']['output'];
};

/** A peer on a corporate peer challenge team. */
export type CorporatePeerChallengePeer = {
  __typename?: 'CorporatePeerChallengePeer';
  /**
   * The peer.
   *
   * Confidentiality: PUBLIC.
   */
  person: Person;
  /**
   * Their place on the team.
   *
   * Confidentiality: PUBLIC.
   */
  role: PeerRole;
};

/** Progress of the corporate peer challenge programme, in England or one region, from the recorded challenges. */
export type CorporatePeerChallengeProgress = {
  __typename?: 'CorporatePeerChallengeProgress';
  /**
   * Challenges booked in or being discussed: interest expressed, booked or on site.
   *
   * Confidentiality: PUBLIC.
   */
  bookedOrDiscussed: Scalars['Int']['output'];
  /**
   * Every state with its count (zeros included).
   *
   * Confidentiality: PUBLIC.
   */
  byStatus: Array<CorporatePeerChallengeStatusCount>;
  /**
   * Distinct councils with a delivered challenge.
   *
   * Confidentiality: PUBLIC.
   */
  councilsDelivered: Scalars['Int']['output'];
  /**
   * Challenges delivered so far, whatever the year.
   *
   * Confidentiality: PUBLIC.
   */
  delivered: Scalars['Int']['output'];
  /**
   * Challenges delivered (feedback given or report published) with feedback dated in the financial year.
   *
   * Confidentiality: PUBLIC.
   */
  deliveredInYear: Scalars['Int']['output'];
  /**
   * The financial year deliveredInYear counts.
   *
   * Confidentiality: PUBLIC.
   */
  financialYear: Scalars['String']['output'];
  /**
   * The LGA's published figures (England only; null for a region).
   *
   * Confidentiality: PUBLIC.
   */
  published?: Maybe<CorporatePeerChallengePublishedFigures>;
  /**
   * The region counted; null for all England.
   *
   * Confidentiality: PUBLIC.
   */
  region?: Maybe<Region>;
};

/** The figures the LGA published in 2012, to set the recorded ones against. */
export type CorporatePeerChallengePublishedFigures = {
  __typename?: 'CorporatePeerChallengePublishedFigures';
  /**
   * When the figures were published.
   *
   * Confidentiality: PUBLIC.
   */
  asAt: Scalars['String']['output'];
  /**
   * Further challenges booked in or being discussed (70).
   *
   * Confidentiality: PUBLIC.
   */
  bookedOrDiscussed: Scalars['Int']['output'];
  /**
   * Councils that had a corporate peer challenge in that year (24 in 2011/12).
   *
   * Confidentiality: PUBLIC.
   */
  delivered: Scalars['Int']['output'];
  /**
   * The financial year the delivered figure is for.
   *
   * Confidentiality: PUBLIC.
   */
  deliveredFinancialYear: Scalars['String']['output'];
  /**
   * The passage they come from.
   *
   * Confidentiality: PUBLIC.
   */
  source: Scalars['String']['output'];
};

/** The council's overall satisfaction with its peer challenge, as its leader or chief executive reported it. */
export type CorporatePeerChallengeSatisfaction =
  /** Dissatisfied. */
  | 'DISSATISFIED'
  /** Neither satisfied nor dissatisfied. */
  | 'NEITHER'
  /** Satisfied. */
  | 'SATISFIED'
  /** Very dissatisfied. */
  | 'VERY_DISSATISFIED'
  /** Very satisfied. */
  | 'VERY_SATISFIED';

/** interest expressed → booked → on site → feedback given → report published; cancelled from any state before published. */
export type CorporatePeerChallengeStatus =
  /** Dates for the on-site work are booked and the team is being put together. */
  | 'BOOKED'
  /** Called off before the report was published (final); a no-cost challenge's slot is freed. */
  | 'CANCELLED'
  /** The team has given its feedback at the end of the visit; the challenge counts as delivered. */
  | 'FEEDBACK_GIVEN'
  /** The council has expressed interest; nothing is booked yet. */
  | 'INTEREST_EXPRESSED'
  /** The peer team is on site. */
  | 'ON_SITE'
  /** The feedback report is published (final). */
  | 'REPORT_PUBLISHED';

/** How many challenges are in one state. */
export type CorporatePeerChallengeStatusCount = {
  __typename?: 'CorporatePeerChallengeStatusCount';
  /**
   * Challenges in it.
   *
   * Confidentiality: PUBLIC.
   */
  count: Scalars['Int']['output'];
  /**
   * The state.
   *
   * Confidentiality: PUBLIC.
   */
  status: CorporatePeerChallengeStatus;
};

/** A correction of a published local account: a new published version that keeps the original. */
export type CorrectLocalAccountInput = {
  /** How people who use services were engaged; the original's if left out. */
  engagement?: InputMaybe<Scalars['String']['input']>;
  /** The published account's id. */
  id: Scalars['ID']['input'];
  /** Where the correction is published; the original's link if left out. */
  link?: InputMaybe<Scalars['String']['input']>;
  /** The priorities; the original's if left out. */
  priorities?: InputMaybe<Array<LocalAccountPriorityInput>>;
  /** When the correction was published, not before the original. */
  publishedOn: Scalars['LocalDate']['input'];
  /** Why the published account is corrected. */
  reason: Scalars['String']['input'];
};

/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type Council = {
  __typename?: 'Council';
  /**
   * The council's TEASC sign-off; null outside the councils rated adequate that have entered the programme.
   *
   * Confidentiality: PUBLIC.
   */
  adultsSignOff?: Maybe<AdultsSignOff>;
  /**
   * TEASC's dated events for the council (local accounts published, the steps of the sign-off), in no particular order: Council.timeline merges them with the other boards'. Empty for a shire district.
   *
   * Confidentiality: PUBLIC. Every event here is of a public record's state and date (a draft local account has none).
   */
  adultsTimelineEvents?: Maybe<Array<TimelineEvent>>;
  /**
   * TEASC's early-warning signals about the council from its own records (CQC rating, sign-off, local accounts); the LGA combines them into Council.earlyWarning. Empty for a shire district.
   *
   * Confidentiality: PUBLIC.
   */
  adultsWarningSignals?: Maybe<Array<EarlyWarningSignal>>;
  /**
   * Each common data set indicator for the council beside its ten statistical neighbours' values in a period; empty for a shire district.
   *
   * Confidentiality: PUBLIC.
   */
  childrensComparison?: Maybe<Array<IndicatorComparison>>;
  /**
   * The council's common data set values, latest period first (empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  childrensIndicatorValues?: Maybe<Array<ChildrensIndicatorValue>>;
  /**
   * Places the council's lead member for children has taken on induction and Leadership Academy events (empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  childrensLeadershipPlaces?: Maybe<Array<ChildrensLeadershipPlace>>;
  /**
   * The council's children's services peer challenges, oldest first (empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  childrensPeerChallenges?: Maybe<Array<ChildrensPeerChallenge>>;
  /**
   * The council's self-assessments of its children's services, latest period first (empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  childrensSelfAssessments?: Maybe<Array<ChildrensSelfAssessment>>;
  /**
   * The council's ten statistical neighbours in a period, computed from the common data set (z-scores, Euclidean distance); empty for a shire district.
   *
   * Confidentiality: PUBLIC.
   */
  childrensStatisticalNeighbours?: Maybe<Array<StatisticalNeighbour>>;
  /**
   * Null for shire districts, which have no children's services.
   *
   * Confidentiality: PUBLIC.
   */
  childrensSupportLevel?: Maybe<ChildrensSupportLevel>;
  /**
   * The decisions on the council's support level, latest first (empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  childrensSupportLevelDecisions?: Maybe<Array<SupportLevelDecision>>;
  /**
   * The CIB's dated events for the council (support levels, self-assessments challenged, peer challenges, safeguarding peer reviews, leadership places), in no particular order: Council.timeline merges them with the other boards'. Empty for a shire district.
   *
   * Confidentiality: PUBLIC. Every event here is of a public record's state and date.
   */
  childrensTimelineEvents?: Maybe<Array<TimelineEvent>>;
  /**
   * The CIB's early-warning signals about the council from its own records (support level, peer challenge, safeguarding peer review, self-assessment); the LGA combines them into Council.earlyWarning. Empty for a shire district.
   *
   * Confidentiality: PUBLIC.
   */
  childrensWarningSignals?: Maybe<Array<EarlyWarningSignal>>;
  /**
   * The council's ONS GSS code, e.g. E06000052 (Cornwall).
   *
   * Confidentiality: PUBLIC.
   */
  code: Scalars['ID']['output'];
  /**
   * Confidential: the council's concerns, newest first. Readable by the LGA central team, the principal adviser for its region, the council's own officers and partner systems with intelligence:read; anyone else gets null with FORBIDDEN (UNAUTHENTICATED without a token). One statement for any number of councils.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware).
   */
  concerns?: Maybe<Array<Concern>>;
  /**
   * Confidential: the council's concerns, newest first, a page at a time (as `concerns`, which the partner contract keeps as one list). The same readers; one statement for any number of councils.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware).
   */
  concernsConnection?: Maybe<ConcernConnection>;
  /**
   * The council's corporate peer challenges, oldest first (cancelled ones included).
   *
   * Confidentiality: PUBLIC.
   */
  corporatePeerChallenges: Array<CorporatePeerChallenge>;
  /**
   * The county council of a shire district: it holds children's services and adult social care for the district's residents. Null for any other council.
   *
   * Confidentiality: PUBLIC.
   */
  county?: Maybe<Council>;
  /**
   * The CQC's 2009-10 rating; null until recorded, and always for shire districts. Check cqcRating2010Provenance: a DEMO rating is illustrative, not a published rating.
   *
   * Confidentiality: PUBLIC.
   */
  cqcRating2010?: Maybe<CqcRating>;
  /**
   * True when the 2009-10 rating is illustrative demonstration data (the CQC named seven adequate councils, sources here name three): never read it as fact.
   *
   * Confidentiality: PUBLIC.
   */
  cqcRating2010Illustrative?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Where the rating comes from: REFERENCE (a published source), RECORDED (through the graph, with its source) or DEMO (illustrative demonstration data, never fact); null without a rating.
   *
   * Confidentiality: PUBLIC.
   */
  cqcRating2010Provenance?: Maybe<Provenance>;
  /**
   * Where the rating was recorded from; for a DEMO rating, says that it is illustrative and names no source.
   *
   * Confidentiality: PUBLIC.
   */
  cqcRating2010Source?: Maybe<Scalars['String']['output']>;
  /**
   * The shire districts of a county council, by name. Empty for any other council.
   *
   * Confidentiality: PUBLIC.
   */
  districts: Array<Council>;
  /**
   * The council's early warning: the LGA's, the CIB's and TEASC's signals about it, each board's from its own records, combined with the level they call for.
   *
   * Confidentiality: PUBLIC. signals derived from concerns are included (and counted) only for callers who may read the council's concerns
   */
  earlyWarning: EarlyWarning;
  /**
   * The good practice the boards have shared from this council's work, newest first, a page at a time. One statement for any number of councils.
   *
   * Confidentiality: PUBLIC. Drafts are left out for anyone but their readers (the board that shared them, the council, its principal adviser, the LGA).
   */
  goodPractice: GoodPracticeConnection;
  /**
   * The council's places on the main leadership programmes, by financial year.
   *
   * Confidentiality: PUBLIC.
   */
  leadershipPlaces: Array<LeadershipPlace>;
  /**
   * The council's local accounts, one per year (the current version: a correction rather than what it superseded). Empty for a shire district.
   *
   * Confidentiality: PUBLIC.
   */
  localAccounts?: Maybe<Array<LocalAccount>>;
  /**
   * Member peer support on each change of political control, oldest first.
   *
   * Confidentiality: PUBLIC.
   */
  memberPeerSupport: Array<MemberPeerSupport>;
  /**
   * The council's name (ONS, 2011/12).
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * The 15 councils of comparable type (counties, districts, or single-tier councils) closest to this one on the context indicators (metrics with context: true, latest year), CIPFA-style: each indicator standardised as a z-score over the comparable councils, distance Euclidean with equal weights. Empty until context values are held. With `neighbours: CIB_STATISTICAL`, the CIB's ten statistical neighbours instead (from its latest common data set; empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  nearestNeighbours: Array<NearestNeighbour>;
  /**
   * The council's values of a metric, oldest first; batched across councils (one statement per metric asked).
   *
   * Confidentiality: PUBLIC.
   */
  performance: Array<MetricValue>;
  /**
   * The LGA principal adviser for the council's region: its single point of contact for support.
   *
   * Confidentiality: PUBLIC.
   */
  principalAdviser?: Maybe<Person>;
  /**
   * The English region the council is in.
   *
   * Confidentiality: PUBLIC.
   */
  region: Region;
  /**
   * The council's safeguarding peer reviews, earliest request first (empty for a shire district).
   *
   * Confidentiality: PUBLIC.
   */
  safeguardingPeerReviews?: Maybe<Array<SafeguardingPeerReview>>;
  /**
   * The support in place for the council from the three boards, asked for or offered, oldest first (not tied to a concern). Its detail is confidential; supportInPlace counts it for anyone. One statement for any number of councils.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope).
   */
  support?: Maybe<Array<SupportRecord>>;
  /**
   * The council's support counted by status and board (public); the records for their readers.
   *
   * Confidentiality: PUBLIC.
   */
  supportInPlace: SupportInPlace;
  /**
   * Every dated event of every board for the council, newest first, a page at a time: the LGA's (peer challenge milestones, leadership places, member peer support, support moves; concerns and contacts for those who may read them), the CIB's and TEASC's (through childrensTimelineEvents and adultsTimelineEvents). Ties on a day are broken by record and step, so pages neither repeat nor skip an event. A constant number of statements per board, whatever the number of councils.
   *
   * Confidentiality: PUBLIC. Events of confidential records (support, concerns and their contacts) are left out for callers who may not read them.
   */
  timeline: TimelineConnection;
  /**
   * What kind of council it is: county, district, unitary, metropolitan or London borough.
   *
   * Confidentiality: PUBLIC.
   */
  type: CouncilType;
  /**
   * True where the council has children's and adult social care responsibility.
   *
   * Confidentiality: PUBLIC.
   */
  upperTier: Scalars['Boolean']['output'];
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilChildrensComparisonArgs = {
  period: Scalars['String']['input'];
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilChildrensIndicatorValuesArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilChildrensStatisticalNeighboursArgs = {
  period: Scalars['String']['input'];
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilConcernsConnectionArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilGoodPracticeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  board?: InputMaybe<Board>;
  first?: Scalars['Int']['input'];
  theme?: InputMaybe<GoodPracticeTheme>;
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilLeadershipPlacesArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilLocalAccountsArgs = {
  includeSuperseded?: Scalars['Boolean']['input'];
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilNearestNeighboursArgs = {
  neighbours?: NeighbourSet;
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilPerformanceArgs = {
  metric: Scalars['ID']['input'];
  periods?: InputMaybe<Array<Scalars['String']['input']>>;
};


/** An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. The LGA (corporate) subgraph owns it; each board adds its programmes' fields. */
export type CouncilTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** The kind of principal council (ONS: E10 county, E07 district, E06 unitary, E08 metropolitan, E09 London). */
export type CouncilType =
  /** A county council (E10): upper tier over shire districts. */
  | 'COUNTY'
  /** A shire district council (E07): lower tier. */
  | 'DISTRICT'
  /** A London borough (E09): single tier. */
  | 'LONDON_BOROUGH'
  /** A metropolitan borough (E08): single tier. */
  | 'METROPOLITAN_BOROUGH'
  /** City of London and the Isles of Scilly. */
  | 'OTHER'
  /** A unitary authority (E06): single tier. */
  | 'UNITARY';

/** The CQC's 2009-10 rating of a council's adult social care: the seven rated adequate enter the TEASC sign-off. */
export type CqcRating =
  /** Adequate: the councils the TEASC sign-off is for. */
  | 'ADEQUATE'
  /** Excellent. */
  | 'EXCELLENT'
  /** Performing well. */
  | 'PERFORMING_WELL'
  /** Poor. */
  | 'POOR';

/** How many of a region's councils hold one 2009-10 CQC rating. */
export type CqcRatingCount = {
  __typename?: 'CqcRatingCount';
  /**
   * How many of the region's councils hold it (illustrative demo ratings included).
   *
   * Confidentiality: PUBLIC.
   */
  councils: Scalars['Int']['output'];
  /**
   * How many of those are illustrative demonstration ratings (provenance DEMO), not fact.
   *
   * Confidentiality: PUBLIC.
   */
  illustrative: Scalars['Int']['output'];
  /**
   * The rating.
   *
   * Confidentiality: PUBLIC.
   */
  rating: CqcRating;
};

/** A new draft local account. */
export type CreateLocalAccountInput = {
  /** ONS GSS code of an upper-tier council. */
  council: Scalars['ID']['input'];
  /** How people who use services were engaged. */
  engagement?: InputMaybe<Scalars['String']['input']>;
  /** Where it will be published. */
  link?: InputMaybe<Scalars['String']['input']>;
  /** Its priorities, in order. */
  priorities?: InputMaybe<Array<LocalAccountPriorityInput>>;
  /** The year it reports on (2010 to 2030). */
  year: Scalars['Int']['input'];
};

/** Support requested or offered, declined, with the reason. */
export type DeclineSupportInput = {
  /** When it was declined, not in the future; today when not given. */
  declinedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The support record's id. */
  id: Scalars['ID']['input'];
  /** Why it is declined. */
  reason: Scalars['String']['input'];
};

/** A new metric. */
export type DefineMetricInput = {
  /** The board whose measure it is (default CORPORATE); only that board's officers define it. */
  board?: InputMaybe<Board>;
  /** A context indicator for nearest neighbours (default false). */
  context?: InputMaybe<Scalars['Boolean']['input']>;
  /** More about it. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Lower-case words joined by hyphens, e.g. `household-waste-recycled`. */
  id: Scalars['ID']['input'];
  /** Whether higher or lower is better. */
  polarity: Polarity;
  /** Where its values come from. */
  source: Scalars['String']['input'];
  /** What it measures. */
  title: Scalars['String']['input'];
  /** The unit of its values. */
  unit: Scalars['String']['input'];
};

/** A council's early warning: every board's signals about it combined by the LGA, with the level they call for. Signals derived from concerns appear (and count) only for callers who may read the council's concerns. */
export type EarlyWarning = {
  __typename?: 'EarlyWarning';
  /**
   * The date the signals were assessed on (today).
   *
   * Confidentiality: PUBLIC.
   */
  assessedOn: Scalars['LocalDate']['output'];
  /**
   * The level the signals call for, from NONE to SERIOUS.
   *
   * Confidentiality: PUBLIC. concern-derived signals count only for callers who may read the council's concerns
   */
  level: EarlyWarningLevel;
  /**
   * The signals, the most urgent first, each naming its board and the record it comes from.
   *
   * Confidentiality: PUBLIC. concern-derived signals (CONCERN_…) only for callers who may read the council's concerns
   */
  signals: Array<EarlyWarningSignal>;
};

/** One figure an early-warning signal was computed from. */
export type EarlyWarningEvidence = {
  __typename?: 'EarlyWarningEvidence';
  /**
   * What the figure is, in words, e.g. "support level" or "value 2011/12".
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * The figure as recorded, e.g. "TARGETED_SUPPORT" or "92.4".
   *
   * Confidentiality: PUBLIC.
   */
  value: Scalars['String']['output'];
};

/** How urgently a council's early-warning signals call for attention, from NONE to SERIOUS (thresholds in the LGA's early-warning rules). */
export type EarlyWarningLevel =
  /** A signal that calls for attention (targeted support, a significant concern) or several signals together. */
  | 'CONCERN'
  /** No signal from any board. */
  | 'NONE'
  /** A live serious concern, or many signals together. */
  | 'SERIOUS'
  /** Signals worth watching: none on its own calls for more. */
  | 'WATCH';

/** One board's early-warning signal about a council, stated from that board's own records. */
export type EarlyWarningSignal = {
  __typename?: 'EarlyWarningSignal';
  /**
   * The board whose records the signal comes from.
   *
   * Confidentiality: PUBLIC.
   */
  board: Board;
  /**
   * The GSS code of the council the signal is about.
   *
   * Confidentiality: PUBLIC.
   */
  council: Scalars['ID']['output'];
  /**
   * The figures the signal was computed from.
   *
   * Confidentiality: PUBLIC.
   */
  evidence: Array<EarlyWarningEvidence>;
  /**
   * What the signal says.
   *
   * Confidentiality: PUBLIC.
   */
  kind: EarlyWarningSignalKind;
  /**
   * The id of that record, where there is one (null where the signal is an absence, e.g. no peer challenge).
   *
   * Confidentiality: PUBLIC.
   */
  recordId?: Maybe<Scalars['ID']['output']>;
  /**
   * The type of the record the signal comes from, e.g. ChildrensSupportLevelDecision or LocalAccount.
   *
   * Confidentiality: PUBLIC.
   */
  recordType: Scalars['String']['output'];
  /**
   * Since when the signal has held, where the records say.
   *
   * Confidentiality: PUBLIC.
   */
  since?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * One sentence a board member understands: what was found, and why it matters.
   *
   * Confidentiality: PUBLIC.
   */
  summary: Scalars['String']['output'];
};

/** What an early-warning signal says about a council; the kinds derived from concerns are named CONCERN_…. */
export type EarlyWarningSignalKind =
  /** Children's: the CIB has agreed a package of early support. */
  | 'CHILDRENS_EARLY_SUPPORT'
  /** Children's: not engaged in children's services peer challenge, due of every council by 31 December 2012. */
  | 'CHILDRENS_PEER_CHALLENGE_NOT_ENGAGED'
  /** Children's: the CIB has agreed a package of targeted support. */
  | 'CHILDRENS_TARGETED_SUPPORT'
  /** Corporate: a live emerging concern about the council (only for callers who may read concerns). */
  | 'CONCERN_EMERGING'
  /** Corporate: a live serious concern about the council (only for callers who may read concerns). */
  | 'CONCERN_SERIOUS'
  /** Corporate: a live significant concern about the council (only for callers who may read concerns). */
  | 'CONCERN_SIGNIFICANT'
  /** Adults: rated adequate or below by the CQC in 2009-10 and not in the TEASC sign-off. */
  | 'CQC_RATING_OUTSIDE_SIGN_OFF'
  /** Corporate: a performance indicator that got worse period after period, three periods running. */
  | 'INDICATOR_FALLING'
  /** Corporate: a performance indicator in the worst tenth of the council and its nearest neighbours. */
  | 'INDICATOR_WORST_DECILE'
  /** Corporate: no corporate peer challenge (delivered or under way) in the offer's no-cost window. */
  | 'NO_CORPORATE_PEER_CHALLENGE'
  /** Adults: no published local account for the current year. */
  | 'NO_PUBLISHED_LOCAL_ACCOUNT'
  /** Children's: a safeguarding peer review requested and not yet held. */
  | 'SAFEGUARDING_REVIEW_NOT_HELD'
  /** Children's: the latest self-assessment has not been challenged by peers. */
  | 'SELF_ASSESSMENT_NOT_CHALLENGED'
  /** Adults: the TEASC sign-off has not moved on from its current step for longer than expected. */
  | 'SIGN_OFF_STALLED';

/** A council rated adequate entering the TEASC sign-off programme. */
export type EnterAdultsSignOffInput = {
  /** ONS GSS code of the council. */
  council: Scalars['ID']['input'];
  /** When it entered the programme (2000-01-01 to 2030-12-31). */
  enteredOn: Scalars['LocalDate']['input'];
};

/** One item of evidence: what it is and where it comes from. */
export type EvidenceInput = {
  /** What the evidence is. */
  description: Scalars['String']['input'];
  /** Where it comes from. */
  source: Scalars['String']['input'];
};

/** A council's interest in a corporate peer challenge. */
export type ExpressInterestInCorporatePeerChallengeInput = {
  /** The council (ONS GSS code). */
  council: Scalars['ID']['input'];
  /** When the council expressed interest. */
  interestExpressedOn: Scalars['LocalDate']['input'];
  /** The local focus areas the council chose, in its own words. */
  localFocusAreas?: Array<Scalars['String']['input']>;
  /** Whether this is the council's one no-cost challenge under the offer (true unless the council pays for a further one). */
  noCost?: Scalars['Boolean']['input'];
};

/** The findings on one of the council's local focus areas. */
export type FocusAreaFindingsInput = {
  /** The team's findings on it. */
  findings: Scalars['String']['input'];
  /** The focus area's position in the council's list, from 1. */
  position: Scalars['Int']['input'];
};

/** The team's feedback at the end of its visit: findings on the core components and the local focus areas. */
export type GiveCorporatePeerChallengeFeedbackInput = {
  /** Findings on corporate capacity. */
  corporateCapacityFindings: Scalars['String']['input'];
  /** When the feedback was given. */
  feedbackGivenOn: Scalars['LocalDate']['input'];
  /** Findings on financial resilience. */
  financialResilienceFindings: Scalars['String']['input'];
  /** Findings on the council's local focus areas. */
  focusAreaFindings?: Array<FocusAreaFindingsInput>;
  /** The challenge's id. */
  id: Scalars['ID']['input'];
  /** Findings on leadership. */
  leadershipFindings: Scalars['String']['input'];
};

/** Learning one of the three boards shares from its own records (the LGA's corporate peer challenges, the CIB's peer challenges and safeguarding peer reviews, TEASC's sign-offs and local accounts), in the LGA's good practice library: who has done this well. */
export type GoodPractice = {
  __typename?: 'GoodPractice';
  /**
   * The board that shared it, from its own records.
   *
   * Confidentiality: PUBLIC.
   */
  board: Board;
  /**
   * Where a published source states the learning (the seed document's words and place); null for learning shared from a record alone.
   *
   * Confidentiality: PUBLISHED — public once published in the library (PUBLISHED); before that only the board that shared it (its officers and partner systems with its write scope), the council's own officers, the principal adviser for its region and the LGA central team. The resolver applies it to each record.
   */
  citation?: Maybe<Scalars['String']['output']>;
  /**
   * The council whose work it is; null for learning the seed document states about a programme as a whole.
   *
   * Confidentiality: PUBLISHED — public once published in the library (PUBLISHED); before that only the board that shared it (its officers and partner systems with its write scope), the council's own officers, the principal adviser for its region and the LGA central team. The resolver applies it to each record.
   */
  council?: Maybe<Council>;
  /**
   * The item's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Reference (stated in the seed document), demonstration, or recorded through the graph.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When it was published in the library; null for a draft.
   *
   * Confidentiality: PUBLIC.
   */
  publishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * When the board shared it.
   *
   * Confidentiality: PUBLIC.
   */
  sharedOn: Scalars['LocalDate']['output'];
  /**
   * The record it comes from, answered by the board that owns it (through the gateway, in the same query). Null where the item rests on a published statement rather than one record (see citation), or where the owning board does not hold the record.
   *
   * Confidentiality: PUBLISHED — public once published in the library (PUBLISHED); before that only the board that shared it (its officers and partner systems with its write scope), the council's own officers, the principal adviser for its region and the LGA central team. The resolver applies it to each record.
   */
  source?: Maybe<GoodPracticeSource>;
  /**
   * Draft or published.
   *
   * Confidentiality: PUBLIC.
   */
  status: GoodPracticeStatus;
  /**
   * What was done and what others can learn from it.
   *
   * Confidentiality: PUBLISHED — public once published in the library (PUBLISHED); before that only the board that shared it (its officers and partner systems with its write scope), the council's own officers, the principal adviser for its region and the LGA central team. The resolver applies it to each record.
   */
  summary: Scalars['String']['output'];
  /**
   * What it is about.
   *
   * Confidentiality: PUBLIC.
   */
  theme: GoodPracticeTheme;
  /**
   * A short title.
   *
   * Confidentiality: PUBLISHED — public once published in the library (PUBLISHED); before that only the board that shared it (its officers and partner systems with its write scope), the council's own officers, the principal adviser for its region and the LGA central team. The resolver applies it to each record.
   */
  title: Scalars['String']['output'];
};

/** A page of GoodPractice items, in a stable order, read by cursor. */
export type GoodPracticeConnection = {
  __typename?: 'GoodPracticeConnection';
  /**
   * The page's items, in order.
   *
   * Confidentiality: PUBLIC.
   */
  edges: Array<GoodPracticeEdge>;
  /**
   * Whether there is more, and the cursor to continue from.
   *
   * Confidentiality: PUBLIC.
   */
  pageInfo: PageInfo;
};

/** One GoodPractice of a page, with the cursor to page on from it. */
export type GoodPracticeEdge = {
  __typename?: 'GoodPracticeEdge';
  /**
   * Opaque: pass it as `after` to read the items that follow this one.
   *
   * Confidentiality: PUBLIC.
   */
  cursor: Scalars['String']['output'];
  /**
   * The GoodPractice.
   *
   * Confidentiality: PUBLIC.
   */
  node: GoodPractice;
};

/** The record a good practice item comes from, resolved by the board that owns it: an LGA corporate peer challenge, a CIB children's peer challenge or safeguarding peer review, a TEASC sign-off or local account. */
export type GoodPracticeSource = AdultsSignOff | ChildrensPeerChallenge | CorporatePeerChallenge | LocalAccount | SafeguardingPeerReview;

/** The record the learning comes from: one of the sharing board's own. */
export type GoodPracticeSourceInput = {
  /** The record's id in its board's service. */
  id: Scalars['ID']['input'];
  /** What kind of record it is. */
  kind: GoodPracticeSourceKind;
};

/** The kind of record a good practice item comes from: each board shares learning from its own records. */
export type GoodPracticeSourceKind =
  /** A TEASC sign-off of a council rated adequate (shared by TEASC). */
  | 'ADULTS_SIGN_OFF'
  /** A children's services peer challenge (shared by the CIB). */
  | 'CHILDRENS_PEER_CHALLENGE'
  /** An LGA corporate peer challenge (shared by the LGA). */
  | 'CORPORATE_PEER_CHALLENGE'
  /** A council's adult social care local account (shared by TEASC). */
  | 'LOCAL_ACCOUNT'
  /** A children's safeguarding peer review (shared by the CIB). */
  | 'SAFEGUARDING_PEER_REVIEW';

/** draft → published; nothing moves back. */
export type GoodPracticeStatus =
  /** Shared by a board (shareLearning), not yet public: read by the sharing board, the council, its principal adviser and the LGA. */
  | 'DRAFT'
  /** In the public library (publishLearning); final. */
  | 'PUBLISHED';

/** What a good practice item is about. */
export type GoodPracticeTheme =
  /** Support for carers to continue caring. */
  | 'CARERS'
  /** Engaging residents, people who use services and carers. */
  | 'COMMUNITY_ENGAGEMENT'
  /** A council's corporate capacity to deliver its priorities. */
  | 'CORPORATE_CAPACITY'
  /** Transformation, efficiency and services shared between councils. */
  | 'EFFICIENCY_AND_SHARED_SERVICES'
  /** Financial planning and resilience. */
  | 'FINANCIAL_RESILIENCE'
  /** Working with the NHS: discharge, delayed transfers, joint teams. */
  | 'HEALTH_INTEGRATION'
  /** Improvement a board has recognised, and how the council got there. */
  | 'IMPROVEMENT_RECOGNISED'
  /** Reablement and support to live independently at home. */
  | 'INDEPENDENT_LIVING'
  /** Information and advice, including for people who fund their own care. */
  | 'INFORMATION_AND_ADVICE'
  /** Political and managerial leadership. */
  | 'LEADERSHIP'
  /** Working with partners: health, police, the voluntary sector, other councils. */
  | 'PARTNERSHIP_WORKING'
  /** How peer challenge and peer review are run, and what peers learn from them. */
  | 'PEER_CHALLENGE'
  /** Personal budgets, direct payments and choice for people who use services. */
  | 'PERSONALISATION'
  /** The quality of residential, nursing and home care. */
  | 'QUALITY_OF_CARE'
  /** Safeguarding children and adults. */
  | 'SAFEGUARDING';

/** A council's value of one indicator beside its ten statistical neighbours'. */
export type IndicatorComparison = {
  __typename?: 'IndicatorComparison';
  /**
   * The indicator compared.
   *
   * Confidentiality: PUBLIC.
   */
  indicator: ChildrensIndicator;
  /**
   * The neighbours' mean.
   *
   * Confidentiality: PUBLIC.
   */
  neighbourAverage?: Maybe<Scalars['Float']['output']>;
  /**
   * The neighbours' highest value.
   *
   * Confidentiality: PUBLIC.
   */
  neighbourMax?: Maybe<Scalars['Float']['output']>;
  /**
   * The neighbours' lowest value.
   *
   * Confidentiality: PUBLIC.
   */
  neighbourMin?: Maybe<Scalars['Float']['output']>;
  /**
   * The council's place among itself and its neighbours, 1 the best by the indicator's polarity (null for context indicators).
   *
   * Confidentiality: PUBLIC.
   */
  rankAmongNeighbours?: Maybe<Scalars['Int']['output']>;
  /**
   * The council's value (null when it has none for the period).
   *
   * Confidentiality: PUBLIC.
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** Which way is better for an indicator. */
export type IndicatorPolarity =
  /** Describes the area; neither way is better. */
  | 'CONTEXT'
  /** A higher value is better. */
  | 'HIGHER_IS_BETTER'
  /** A lower value is better. */
  | 'LOWER_IS_BETTER';

/** The board's invitation to a council to present its progress. */
export type InviteAdultsSignOffToPresentInput = {
  /** ONS GSS code of the council. */
  council: Scalars['ID']['input'];
  /** When the board invited it, not before the evidence. */
  invitedOn: Scalars['LocalDate']['input'];
};

/** Take-up of the leadership offer in one financial year, in England or one region. */
export type LeadershipOfferSummary = {
  __typename?: 'LeadershipOfferSummary';
  /**
   * Places on each programme (zeros included).
   *
   * Confidentiality: PUBLIC.
   */
  byProgramme: Array<LeadershipProgrammeCount>;
  /**
   * Distinct councils with a place.
   *
   * Confidentiality: PUBLIC.
   */
  councils: Scalars['Int']['output'];
  /**
   * The financial year counted, e.g. 2011/12.
   *
   * Confidentiality: PUBLIC.
   */
  financialYear: Scalars['String']['output'];
  /**
   * Places recorded.
   *
   * Confidentiality: PUBLIC.
   */
  places: Scalars['Int']['output'];
  /**
   * Councils the LGA published as taking up the offer that year (198 in 2011/12); null where it published none or for a region.
   *
   * Confidentiality: PUBLIC.
   */
  publishedCouncils?: Maybe<Scalars['Int']['output']>;
  /**
   * The region counted; null for all England.
   *
   * Confidentiality: PUBLIC.
   */
  region?: Maybe<Region>;
  /**
   * Subsidised places (2012/13 to 2014/15 only).
   *
   * Confidentiality: PUBLIC.
   */
  subsidisedPlaces: Scalars['Int']['output'];
};

/** A place on one of the LGA's main leadership programmes in a financial year. */
export type LeadershipPlace = {
  __typename?: 'LeadershipPlace';
  /**
   * The council whose place it is.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The financial year of the place, e.g. 2012/13.
   *
   * Confidentiality: PUBLIC.
   */
  financialYear: Scalars['String']['output'];
  /**
   * The place's id in the corporate subgraph.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Who takes the place (a councillor, as the council named them).
   *
   * Confidentiality: PERSONAL — only officers of the individual's council, the LGA central team (and partner systems with corporate:write).
   */
  participantName?: Maybe<Scalars['String']['output']>;
  /**
   * Their role, e.g. Leader of the council.
   *
   * Confidentiality: PERSONAL — only officers of the individual's council, the LGA central team (and partner systems with corporate:write).
   */
  participantRole?: Maybe<Scalars['String']['output']>;
  /**
   * The programme the place is on.
   *
   * Confidentiality: PUBLIC.
   */
  programme: LeadershipProgramme;
  /**
   * DEMO for demonstration records, RECORDED for those written through the graph.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * True for the council's one subsidised place of the year under the LGA's 2012 offer, which covers 2012/13 to 2014/15 only; places of other years (2011/12's take-up included) are false here.
   *
   * Confidentiality: PUBLIC.
   */
  subsidised: Scalars['Boolean']['output'];
};

/** The LGA's main political leadership programmes, on which the offer's places are taken. */
export type LeadershipProgramme =
  /** The Leadership Academy, for leaders and cabinet members. */
  | 'LEADERSHIP_ACADEMY'
  /** Leading Edge, for experienced leaders. */
  | 'LEADING_EDGE'
  /** Next Generation, for councillors with leadership potential. */
  | 'NEXT_GENERATION';

/** Places on one programme. */
export type LeadershipProgrammeCount = {
  __typename?: 'LeadershipProgrammeCount';
  /**
   * Places on it.
   *
   * Confidentiality: PUBLIC.
   */
  places: Scalars['Int']['output'];
  /**
   * The programme.
   *
   * Confidentiality: PUBLIC.
   */
  programme: LeadershipProgramme;
};

/** A council's annual self-assessment of its adult social care (its "local account"): progress against its priorities for quality and outcomes, published for its citizens. One current account per council per year. */
export type LocalAccount = {
  __typename?: 'LocalAccount';
  /**
   * For a correction: why the published account was corrected.
   *
   * Confidentiality: PUBLISHED — public once the council publishes it; before that only the council's own officers, TEASC officers and partner systems with adults:write. The resolver applies it to each record.
   */
  correctionReason?: Maybe<Scalars['String']['output']>;
  /**
   * The council whose local account it is.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * ONS GSS code of the council whose account it is.
   *
   * Confidentiality: PUBLIC.
   */
  councilCode: Scalars['ID']['output'];
  /**
   * Whether this is the council's current account for the year (not superseded).
   *
   * Confidentiality: PUBLIC.
   */
  current: Scalars['Boolean']['output'];
  /**
   * How people who use services (and carers) were engaged in writing it; required to publish.
   *
   * Confidentiality: PUBLISHED — public once the council publishes it; before that only the council's own officers, TEASC officers and partner systems with adults:write. The resolver applies it to each record.
   */
  engagement?: Maybe<Scalars['String']['output']>;
  /**
   * The local account's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Where it is published; required to publish.
   *
   * Confidentiality: PUBLISHED — public once the council publishes it; before that only the council's own officers, TEASC officers and partner systems with adults:write. The resolver applies it to each record.
   */
  link?: Maybe<Scalars['String']['output']>;
  /**
   * Its priorities for quality and outcomes, in order, each with the progress made.
   *
   * Confidentiality: PUBLISHED — public once the council publishes it; before that only the council's own officers, TEASC officers and partner systems with adults:write. The resolver applies it to each record.
   */
  priorities: Array<LocalAccountPriority>;
  /**
   * Where the record comes from; DEMO accounts are demonstration data, not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When it was published; null for a draft.
   *
   * Confidentiality: PUBLIC.
   */
  publishedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Draft, published, or superseded by a correction.
   *
   * Confidentiality: PUBLIC.
   */
  status: LocalAccountStatus;
  /**
   * For a superseded version: the correction that replaced it.
   *
   * Confidentiality: PUBLIC.
   */
  supersededBy?: Maybe<LocalAccount>;
  /**
   * For a correction: the published version it superseded, kept as it was.
   *
   * Confidentiality: PUBLIC.
   */
  supersedes?: Maybe<LocalAccount>;
  /**
   * The year the local account reports on.
   *
   * Confidentiality: PUBLIC.
   */
  year: Scalars['Int']['output'];
};

/** A priority for quality and outcomes that a local account sets, with the progress made. */
export type LocalAccountPriority = {
  __typename?: 'LocalAccountPriority';
  /**
   * The priority's id.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * Its place in the local account (1 first).
   *
   * Confidentiality: PUBLIC.
   */
  position: Scalars['Int']['output'];
  /**
   * The priority for quality and outcomes in adult social care.
   *
   * Confidentiality: PUBLIC.
   */
  priority: Scalars['String']['output'];
  /**
   * The progress made against it.
   *
   * Confidentiality: PUBLIC.
   */
  progress: Scalars['String']['output'];
  /**
   * Where the record comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
};

/** A priority for quality and outcomes, with the progress made against it. */
export type LocalAccountPriorityInput = {
  /** The priority (at most 500 characters). */
  priority: Scalars['String']['input'];
  /** The progress made against it (at most 2000 characters). */
  progress: Scalars['String']['input'];
};

/** Draft (editable) → published (fixed) → superseded by a correction, which keeps it as it was. */
export type LocalAccountStatus =
  /** Being written: it can be edited. */
  | 'DRAFT'
  /** Published: fixed; only a correction can supersede it. */
  | 'PUBLISHED'
  /** Published, then superseded by a correction; kept as it was. */
  | 'SUPERSEDED';

/** No-cost member peer support for a council undergoing a change of political control (up to five days). */
export type MemberPeerSupport = {
  __typename?: 'MemberPeerSupport';
  /**
   * When political control changed (e.g. the election's date).
   *
   * Confidentiality: PUBLIC.
   */
  changeOfControlOn: Scalars['LocalDate']['output'];
  /**
   * Who holds control after, as recorded.
   *
   * Confidentiality: PUBLIC.
   */
  controlAfter?: Maybe<Scalars['String']['output']>;
  /**
   * Who held control before, as recorded.
   *
   * Confidentiality: PUBLIC.
   */
  controlBefore?: Maybe<Scalars['String']['output']>;
  /**
   * The council whose political control changed.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * No-cost days still available (five less the days used).
   *
   * Confidentiality: PUBLIC.
   */
  daysRemaining: Scalars['Int']['output'];
  /**
   * No-cost days used so far (never more than five).
   *
   * Confidentiality: PUBLIC.
   */
  daysUsed: Scalars['Int']['output'];
  /**
   * The support case's id in the corporate subgraph.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * DEMO for demonstration records, RECORDED for those written through the graph.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The occasions support was given, with the days each used.
   *
   * Confidentiality: PUBLIC.
   */
  visits: Array<MemberPeerSupportVisit>;
};

/** Days of member peer support given on one occasion. */
export type MemberPeerSupportVisit = {
  __typename?: 'MemberPeerSupportVisit';
  /**
   * Days used on this occasion.
   *
   * Confidentiality: PUBLIC.
   */
  days: Scalars['Int']['output'];
  /**
   * The occasion's id in the corporate subgraph.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * What the support covered, as recorded.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team (and partner systems with corporate:write).
   */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * DEMO for demonstration records, RECORDED for those written through the graph.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When the support was given (the first day where several).
   *
   * Confidentiality: PUBLIC.
   */
  visitedOn: Scalars['LocalDate']['output'];
};

/** A performance or context measure, as in LG Inform: what is counted, in which unit, and which way is better. */
export type Metric = {
  __typename?: 'Metric';
  /**
   * The board whose measure it is: CORPORATE (the LGA's), CHILDREN (the CIB's common data set), ADULTS (TEASC's adult social care measures). Its officers record its values.
   *
   * Confidentiality: PUBLIC.
   */
  board: Board;
  /**
   * A context indicator (population, density, age, deprivation): the standardised indicators nearest neighbours are computed from.
   *
   * Confidentiality: PUBLIC.
   */
  context: Scalars['Boolean']['output'];
  /**
   * More about the metric and how it is calculated.
   *
   * Confidentiality: PUBLIC.
   */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * A short stable identifier, e.g. `household-waste-recycled`.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The latest financial year with any value.
   *
   * Confidentiality: PUBLIC.
   */
  latestPeriod?: Maybe<Scalars['String']['output']>;
  /**
   * Whether higher or lower values are better.
   *
   * Confidentiality: PUBLIC.
   */
  polarity: Polarity;
  /**
   * Where the metric's definition comes from.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * Where the values come from (the publishing body and data set).
   *
   * Confidentiality: PUBLIC.
   */
  source: Scalars['String']['output'];
  /**
   * What the metric measures, in words.
   *
   * Confidentiality: PUBLIC.
   */
  title: Scalars['String']['output'];
  /**
   * The unit of its values, e.g. `%`, `days`, `persons per hectare`.
   *
   * Confidentiality: PUBLIC.
   */
  unit: Scalars['String']['output'];
};

/** One council's value of a metric for one financial year. */
export type MetricValue = {
  __typename?: 'MetricValue';
  /**
   * The council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The metric.
   *
   * Confidentiality: PUBLIC.
   */
  metric: Metric;
  /**
   * The financial year, e.g. `2011/12`.
   *
   * Confidentiality: PUBLIC.
   */
  period: Scalars['String']['output'];
  /**
   * Published, demonstration or recorded through the graph.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The value, in the metric's unit.
   *
   * Confidentiality: PUBLIC.
   */
  value: Scalars['Float']['output'];
};

/** One council's value for one financial year. */
export type MetricValueInput = {
  /** The council's GSS code. */
  council: Scalars['ID']['input'];
  /** The financial year, e.g. `2011/12`. */
  period: Scalars['String']['input'];
  /** The value, in the metric's unit. */
  value: Scalars['Float']['input'];
};

/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds evidence to a live concern. */
  addConcernEvidence: Concern;
  /** Adds a peer to the team (until feedback is given); a new person is added to the graph. */
  addCorporatePeerChallengePeer: CorporatePeerChallenge;
  /** Agrees support (REQUESTED or OFFERED → AGREED): the providers; an offer also by the council's own officers. CONFLICT with { current, requested, allowed } otherwise. */
  agreeSupport: SupportRecord;
  /** Agrees a support engagement's Terms of Engagement (PROPOSED → AGREED). CONFLICT with { current, requested, allowed } otherwise. */
  agreeSupportEngagement: SupportEngagement;
  /** Nominates a person to a region's regional lead role. A taken role is refused with CONFLICT unless replace is true, which replaces the holder. */
  assignRegionalLead: RegionalLead;
  /** Books a free place on an event for a council's lead member for children: one per council per event, never beyond the event's places. */
  bookChildrensLeadershipPlace: ChildrensLeadershipPlace;
  /** Books the on-site dates (interest expressed → booked), with the team so far. */
  bookCorporatePeerChallenge: CorporatePeerChallenge;
  /** Cancels a peer challenge before it completes; the council may then plan another. */
  cancelChildrensPeerChallenge: ChildrensPeerChallenge;
  /** Calls the challenge off (any state before published → cancelled); frees a no-cost challenge's slot. */
  cancelCorporatePeerChallenge: CorporatePeerChallenge;
  /** Changes a live concern's severity (escalating or de-escalating it). */
  changeConcernSeverity: Concern;
  /** Completes a peer challenge that has been on site, with the days of DCS time given. */
  completeChildrensPeerChallenge: ChildrensPeerChallenge;
  /** Completes support under way (IN_PROGRESS → COMPLETED, final). CONFLICT with { current, requested, allowed } otherwise. */
  completeSupport: SupportRecord;
  /** Concludes a support engagement (PROPOSED or AGREED → CONCLUDED, final). CONFLICT with { current, requested, allowed } otherwise. */
  concludeSupportEngagement: SupportEngagement;
  /** Corrects a PUBLISHED local account: the correction becomes the current account for the year, and the original is kept, SUPERSEDED, unchanged. */
  correctLocalAccount: LocalAccount;
  /** Starts a council's local account for a year as a DRAFT. One per council per year; upper-tier councils only. */
  createLocalAccount: LocalAccount;
  /** Declines support not yet agreed (REQUESTED or OFFERED → DECLINED, final), with the reason: the providers; an offer also by the council's own officers. CONFLICT with { current, requested, allowed } otherwise. */
  declineSupport: SupportRecord;
  /** Defines a new metric of a board, by that board's officers (FORBIDDEN for another board's). CONFLICT when the id is taken. */
  defineMetric: Metric;
  /** Enters a council rated ADEQUATE in 2009-10 into the TEASC sign-off programme (status GATHERING_EVIDENCE). */
  enterAdultsSignOff: AdultsSignOff;
  /** Records a council's interest in a corporate peer challenge. CONFLICT if a no-cost one is asked for and the council already has its no-cost challenge. */
  expressInterestInCorporatePeerChallenge: CorporatePeerChallenge;
  /** Records the team's feedback and findings (on site → feedback given): the challenge is delivered. */
  giveCorporatePeerChallengeFeedback: CorporatePeerChallenge;
  /** GATHERING_EVIDENCE → INVITED_TO_PRESENT: only with the peer challenge and all five pieces of evidence in, each supporting sign-off (CONFLICT listing what is missing). */
  inviteAdultsSignOffToPresent: AdultsSignOff;
  /** A board offers a council support (status OFFERED): the LGA central team, the principal adviser for the council's region, or the board's own officers (CIB for children's, TEASC for adult social care). */
  offerSupport: SupportRecord;
  /** Plans a peer challenge for a council under its region's model, with the lead peer and team; one live peer challenge per council. */
  planChildrensPeerChallenge: ChildrensPeerChallenge;
  /** Publishes the report (feedback given → report published, final). */
  publishCorporatePeerChallengeReport: CorporatePeerChallenge;
  /** Publishes a draft item in the library (DRAFT → PUBLISHED): the board that shared it, or the LGA central team. */
  publishLearning: GoodPractice;
  /** Publishes a DRAFT local account (CONFLICT listing what is missing: link, engagement, a priority). */
  publishLocalAccount: LocalAccount;
  /** Raises a concern (status OPEN). Only the principal adviser for the council's region, the LGA central team or a partner system with intelligence:write; at least one item of evidence. */
  raiseConcern: Concern;
  /** PRESENTED → RECOGNISED: the board recognises the council's progress (once) and records the learning to share. */
  recogniseAdultsSignOff: AdultsSignOff;
  /** Records the council's subsidised peer challenge (once; while GATHERING_EVIDENCE). */
  recordAdultsPeerChallenge: AdultsSignOff;
  /** Records a region's priority and the board's funding for it (one per deliverable per region per year). */
  recordAdultsRegionalPriority: AdultsRegionalPriority;
  /** Records a workshop held in a region. */
  recordAdultsRegionalWorkshop: AdultsRegionalWorkshop;
  /** Records one of the three core elements or two confirmations (while GATHERING_EVIDENCE). Recording a kind again replaces it as current and keeps the earlier in evidenceHistory. */
  recordAdultsSignOffEvidence: AdultsSignOff;
  /** INVITED_TO_PRESENT → PRESENTED: the council has presented to the TEASC board. */
  recordAdultsSignOffPresentation: AdultsSignOff;
  /** Records a council's value of an indicator for a period: one value per indicator, council and period. */
  recordChildrensIndicatorValue: ChildrensIndicatorValue;
  /** Records a lead member induction or Leadership Academy event. */
  recordChildrensLeadershipEvent: ChildrensLeadershipEvent;
  /** Records a region's model of children's services peer challenge. */
  recordChildrensPeerChallengeModel: PeerChallengeModel;
  /** Records a council's self-assessment as a draft: one per council per period. */
  recordChildrensSelfAssessment: ChildrensSelfAssessment;
  /** Records the CIB's decision on a council's level of support; it becomes the council's childrensSupportLevel. */
  recordChildrensSupportLevel: Council;
  /** Records a contact made with the council about a live concern. */
  recordConcernContact: Concern;
  /** Records the council's satisfaction and whether it would recommend a peer challenge (once feedback is given). */
  recordCorporatePeerChallengeEvaluation: CorporatePeerChallenge;
  /** Records the date the council was made aware of the concern (once: CONFLICT for a second date). */
  recordCouncilAwareness: Concern;
  /** Records a council's 2009-10 CQC rating with its source (provenance RECORDED). Upper-tier councils only; a published reference rating is not re-recorded, and a council in the sign-off programme stays adequate. */
  recordCqcRating2010: Council;
  /** Records a place on a main leadership programme. CONFLICT if the council already has its subsidised place for the year. */
  recordLeadershipPlace: LeadershipPlace;
  /** Records days of member peer support given. CONFLICT if they would take the case past five days. */
  recordMemberPeerSupportDays: MemberPeerSupport;
  /** Records councils' values of a metric (replacing any value already held for that council and year), by the officers of the metric's board: the LGA's for CORPORATE, the CIB's for CHILDREN, TEASC's for ADULTS (FORBIDDEN for anyone else). */
  recordMetricValues: Array<MetricValue>;
  /** Records the CIB's funding of a region for a financial year: one grant per region per year. */
  recordRegionalFunding: RegionalFunding;
  /** Records the external challenge of a submitted self-assessment by peers from other councils; it becomes challenged. */
  recordSelfAssessmentChallenge: ChildrensSelfAssessment;
  /** Records the support engagement (improvement board) for a significant or serious concern, with its bespoke Terms of Engagement; status PROPOSED. One per concern: CONFLICT for a second. */
  recordSupportEngagement: SupportEngagement;
  /** Records that a review has reported, on or after its last day on site; it is no longer open. */
  reportSafeguardingPeerReview: SafeguardingPeerReview;
  /** Records a council's request for a safeguarding peer review; it joins the priority queue. One open review per council. */
  requestSafeguardingPeerReview: SafeguardingPeerReview;
  /** A council asks for support (status REQUESTED): only its own officers (COUNCIL_OFFICER holding its code), for their own council. */
  requestSupport: SupportRecord;
  /** Records a concern as resolved (OPEN or SHARED → RESOLVED, final). CONFLICT with { current, requested, allowed } otherwise. */
  resolveConcern: Concern;
  /** Saves a scorecard (metrics of any board × councils) for the caller, any signed-in analyst or officer: theirs until the LGA shares it. CONFLICT when they already have a scorecard of that name. */
  saveScorecard: Scorecard;
  /** Schedules a planned peer challenge: the dates its peer team will be on site. */
  scheduleChildrensPeerChallenge: ChildrensPeerChallenge;
  /** Schedules a requested review: the dates its peer team will be on site. It leaves the queue. */
  scheduleSafeguardingPeerReview: SafeguardingPeerReview;
  /** Shares a concern with partners (OPEN → SHARED): needs the date the council was made aware and, for a serious concern, a contact at leader or chief executive level. CONFLICT with { current, requested, allowed } otherwise. */
  shareConcern: Concern;
  /** Shares learning from one of the board's own records as a draft item of the library: the LGA's writers from corporate peer challenges, the CIB's from children's peer challenges and safeguarding peer reviews, TEASC's from sign-offs and local accounts. */
  shareLearning: GoodPractice;
  /** Shares a saved scorecard with everyone, by the LGA. CONFLICT when it is already shared; NOT_FOUND for an unknown id. */
  shareScorecard: Scorecard;
  /** Records that a scheduled peer challenge's team is on site. */
  startChildrensPeerChallengeVisit: ChildrensPeerChallenge;
  /** The team is on site (booked → on site). */
  startCorporatePeerChallengeOnSite: CorporatePeerChallenge;
  /** Opens member peer support for a council's change of political control: up to five days at no cost. CONFLICT if that change already has it. */
  startMemberPeerSupport: MemberPeerSupport;
  /** Records that a scheduled review's peer team is on site. */
  startSafeguardingPeerReviewVisit: SafeguardingPeerReview;
  /** Starts agreed support (AGREED → IN_PROGRESS). CONFLICT with { current, requested, allowed } otherwise. */
  startSupport: SupportRecord;
  /** Submits a draft self-assessment, opening it to external challenge by peers. */
  submitChildrensSelfAssessment: ChildrensSelfAssessment;
  /** Edits a DRAFT local account; a published one is refused (CONFLICT): correct it instead. */
  updateLocalAccountDraft: LocalAccount;
  /** Withdraws a concern (OPEN or SHARED → WITHDRAWN, final). CONFLICT with { current, requested, allowed } otherwise. */
  withdrawConcern: Concern;
  /** Records that the council withdrew its request before the visit; it is no longer open. */
  withdrawSafeguardingPeerReview: SafeguardingPeerReview;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationAddConcernEvidenceArgs = {
  input: AddConcernEvidenceInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationAddCorporatePeerChallengePeerArgs = {
  input: AddCorporatePeerChallengePeerInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationAgreeSupportArgs = {
  input: AgreeSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationAgreeSupportEngagementArgs = {
  input: AgreeSupportEngagementInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationAssignRegionalLeadArgs = {
  input: AssignRegionalLeadInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationBookChildrensLeadershipPlaceArgs = {
  input: BookChildrensLeadershipPlaceInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationBookCorporatePeerChallengeArgs = {
  input: BookCorporatePeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationCancelChildrensPeerChallengeArgs = {
  input: CancelChildrensPeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationCancelCorporatePeerChallengeArgs = {
  input: CancelCorporatePeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationChangeConcernSeverityArgs = {
  input: ChangeConcernSeverityInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationCompleteChildrensPeerChallengeArgs = {
  input: CompleteChildrensPeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationCompleteSupportArgs = {
  input: CompleteSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationConcludeSupportEngagementArgs = {
  input: ConcludeSupportEngagementInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationCorrectLocalAccountArgs = {
  input: CorrectLocalAccountInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationCreateLocalAccountArgs = {
  input: CreateLocalAccountInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationDeclineSupportArgs = {
  input: DeclineSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationDefineMetricArgs = {
  input: DefineMetricInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationEnterAdultsSignOffArgs = {
  input: EnterAdultsSignOffInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationExpressInterestInCorporatePeerChallengeArgs = {
  input: ExpressInterestInCorporatePeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationGiveCorporatePeerChallengeFeedbackArgs = {
  input: GiveCorporatePeerChallengeFeedbackInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationInviteAdultsSignOffToPresentArgs = {
  input: InviteAdultsSignOffToPresentInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationOfferSupportArgs = {
  input: OfferSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationPlanChildrensPeerChallengeArgs = {
  input: PlanChildrensPeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationPublishCorporatePeerChallengeReportArgs = {
  input: PublishCorporatePeerChallengeReportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationPublishLearningArgs = {
  input: PublishLearningInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationPublishLocalAccountArgs = {
  input: PublishLocalAccountInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRaiseConcernArgs = {
  input: RaiseConcernInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecogniseAdultsSignOffArgs = {
  input: RecogniseAdultsSignOffInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordAdultsPeerChallengeArgs = {
  input: RecordAdultsPeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordAdultsRegionalPriorityArgs = {
  input: RecordAdultsRegionalPriorityInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordAdultsRegionalWorkshopArgs = {
  input: RecordAdultsRegionalWorkshopInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordAdultsSignOffEvidenceArgs = {
  input: RecordAdultsSignOffEvidenceInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordAdultsSignOffPresentationArgs = {
  input: RecordAdultsSignOffPresentationInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordChildrensIndicatorValueArgs = {
  input: RecordChildrensIndicatorValueInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordChildrensLeadershipEventArgs = {
  input: RecordChildrensLeadershipEventInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordChildrensPeerChallengeModelArgs = {
  input: RecordChildrensPeerChallengeModelInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordChildrensSelfAssessmentArgs = {
  input: RecordChildrensSelfAssessmentInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordChildrensSupportLevelArgs = {
  input: RecordChildrensSupportLevelInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordConcernContactArgs = {
  input: RecordConcernContactInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordCorporatePeerChallengeEvaluationArgs = {
  input: RecordCorporatePeerChallengeEvaluationInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordCouncilAwarenessArgs = {
  input: RecordCouncilAwarenessInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordCqcRating2010Args = {
  input: RecordCqcRating2010Input;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordLeadershipPlaceArgs = {
  input: RecordLeadershipPlaceInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordMemberPeerSupportDaysArgs = {
  input: RecordMemberPeerSupportDaysInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordMetricValuesArgs = {
  input: RecordMetricValuesInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordRegionalFundingArgs = {
  input: RecordRegionalFundingInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordSelfAssessmentChallengeArgs = {
  input: RecordSelfAssessmentChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRecordSupportEngagementArgs = {
  input: RecordSupportEngagementInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationReportSafeguardingPeerReviewArgs = {
  input: ReportSafeguardingPeerReviewInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRequestSafeguardingPeerReviewArgs = {
  input: RequestSafeguardingPeerReviewInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationRequestSupportArgs = {
  input: RequestSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationResolveConcernArgs = {
  input: ResolveConcernInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationSaveScorecardArgs = {
  input: SaveScorecardInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationScheduleChildrensPeerChallengeArgs = {
  input: ScheduleChildrensPeerChallengeInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationScheduleSafeguardingPeerReviewArgs = {
  input: ScheduleSafeguardingPeerReviewInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationShareConcernArgs = {
  input: ShareConcernInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationShareLearningArgs = {
  input: ShareLearningInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationShareScorecardArgs = {
  input: ShareScorecardInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationStartChildrensPeerChallengeVisitArgs = {
  input: StartChildrensPeerChallengeVisitInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationStartCorporatePeerChallengeOnSiteArgs = {
  input: StartCorporatePeerChallengeOnSiteInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationStartMemberPeerSupportArgs = {
  input: StartMemberPeerSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationStartSafeguardingPeerReviewVisitArgs = {
  input: StartSafeguardingPeerReviewVisitInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationStartSupportArgs = {
  input: StartSupportInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationSubmitChildrensSelfAssessmentArgs = {
  input: SubmitChildrensSelfAssessmentInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationUpdateLocalAccountDraftArgs = {
  input: UpdateLocalAccountDraftInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationWithdrawConcernArgs = {
  input: WithdrawConcernInput;
};


/** What can be written, one write per operation: each mutation takes one input, runs as one transaction and is audited. */
export type MutationWithdrawSafeguardingPeerReviewArgs = {
  input: WithdrawSafeguardingPeerReviewInput;
};

/** Peer challenge coverage for England and for each of the nine regions. */
export type NationalPeerChallengeCoverage = {
  __typename?: 'NationalPeerChallengeCoverage';
  /**
   * All upper-tier councils of England.
   *
   * Confidentiality: PUBLIC.
   */
  england: PeerChallengeCoverage;
  /**
   * Each region, in region code order.
   *
   * Confidentiality: PUBLIC.
   */
  regions: Array<RegionPeerChallengeCoverage>;
};

/** A council's nearest neighbour: a council of comparable type with similar context. */
export type NearestNeighbour = {
  __typename?: 'NearestNeighbour';
  /**
   * The neighbouring council.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * Euclidean distance between the two councils' standardised (z-score) context indicators.
   *
   * Confidentiality: PUBLIC.
   */
  distance: Scalars['Float']['output'];
  /**
   * 1 is the nearest.
   *
   * Confidentiality: PUBLIC.
   */
  rank: Scalars['Int']['output'];
};

/** Which neighbours a council is compared with when the group is its neighbours. */
export type NeighbourSet =
  /** The CIB's ten statistical neighbours, by the CIB's own method over its latest common data set (upper-tier councils; none for a shire district). */
  | 'CIB_STATISTICAL'
  /** The LGA's 15 nearest neighbours of comparable type, from the context indicators (CIPFA-style). */
  | 'NEAREST';

/** Someone not yet in the graph, added as a person when they join a team. */
export type NewPersonInput = {
  /** Work e-mail address. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Their name as it should appear. */
  name: Scalars['String']['input'];
  /** Their council or organisation. */
  organisation?: InputMaybe<Scalars['String']['input']>;
  /** E.g. Leader, Chief Executive. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Support a board offers a council. */
export type OfferSupportInput = {
  /** The board that provides it. */
  board: Board;
  /** The council's GSS code. */
  council: Scalars['ID']['input'];
  /** What kind of support. */
  kind: SupportKind;
  /** What the support is for, as the board puts it to the council. */
  need: Scalars['String']['input'];
  /** When it was offered, not in the future; today when not given. */
  offeredOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** Where a page of a connection ends, and whether there is more. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /**
   * The cursor of the page's last item (null for an empty page).
   *
   * Confidentiality: PUBLIC. Reached only through a connection field, which carries the class of the list it pages.
   */
  endCursor?: Maybe<Scalars['String']['output']>;
  /**
   * Whether items follow this page: ask again with `after: endCursor`.
   *
   * Confidentiality: PUBLIC. Reached only through a connection field, which carries the class of the list it pages.
   */
  hasNextPage: Scalars['Boolean']['output'];
};

/** How far peer challenge has reached the upper-tier councils of an area against the target of all by 31 December 2012. */
export type PeerChallengeCoverage = {
  __typename?: 'PeerChallengeCoverage';
  /**
   * Councils whose peer challenge is completed.
   *
   * Confidentiality: PUBLIC.
   */
  completed: Scalars['Int']['output'];
  /**
   * Councils engaged: with a peer challenge planned, scheduled, on site or completed.
   *
   * Confidentiality: PUBLIC.
   */
  engaged: Scalars['Int']['output'];
  /**
   * Councils not yet engaged.
   *
   * Confidentiality: PUBLIC.
   */
  notYetEngaged: Scalars['Int']['output'];
  /**
   * The share engaged, 0 to 1.
   *
   * Confidentiality: PUBLIC.
   */
  shareEngaged: Scalars['Float']['output'];
  /**
   * The date by which all councils are to be engaged: 2012-12-31.
   *
   * Confidentiality: PUBLIC.
   */
  targetDate: Scalars['LocalDate']['output'];
  /**
   * True when every upper-tier council in the area is engaged.
   *
   * Confidentiality: PUBLIC.
   */
  targetMet: Scalars['Boolean']['output'];
  /**
   * Upper-tier councils in the area (those with children's services).
   *
   * Confidentiality: PUBLIC.
   */
  upperTierCouncils: Scalars['Int']['output'];
};

/** A model of children's services peer challenge developed by the councils of one region. */
export type PeerChallengeModel = {
  __typename?: 'PeerChallengeModel';
  /**
   * How the model works.
   *
   * Confidentiality: PUBLIC.
   */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The model's name in its region.
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The ONS code of the region whose councils use it.
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
};

/** A member of a peer challenge team. */
export type PeerChallengeTeamMember = {
  __typename?: 'PeerChallengeTeamMember';
  /**
   * The peer.
   *
   * Confidentiality: PUBLIC.
   */
  person: ChildrensPerson;
  /**
   * Their part in the team (e.g. peer DCS, lead member peer).
   *
   * Confidentiality: PUBLIC.
   */
  role?: Maybe<Scalars['String']['output']>;
};

/** A member of the peer team. */
export type PeerChallengeTeamMemberInput = {
  /** The peer. */
  person: ChildrensPersonInput;
  /** Their part in the team. */
  role?: InputMaybe<Scalars['String']['input']>;
};

/** A peer on the team: a person already in the graph (personId) or a new one (newPerson), exactly one of them. */
export type PeerInput = {
  /** A person to add to the graph. */
  newPerson?: InputMaybe<NewPersonInput>;
  /** A person already in the graph. */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Their place on the team. */
  role: PeerRole;
};

/** A peer's place on a peer challenge team. */
export type PeerRole =
  /** The LGA officer who manages the challenge. */
  | 'CHALLENGE_MANAGER'
  /** A chief executive from another council. */
  | 'CHIEF_EXECUTIVE_PEER'
  /** The councillor who leads the team. */
  | 'LEAD_MEMBER_PEER'
  /** A councillor from another council. */
  | 'MEMBER_PEER'
  /** A senior officer from another council. */
  | 'OFFICER_PEER';

/** A named contact: an LGA principal adviser, an officer of a board, a peer. */
export type Person = {
  __typename?: 'Person';
  /**
   * Work e-mail address (public where the LGA published it: provenance REFERENCE).
   *
   * Confidentiality: PUBLISHED — public where the LGA published it (its 2012 contact list); before that only the LGA central team (and partner systems with corporate:write).
   */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * The person's id in the LGA's contact list.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The person's name, as the LGA published it.
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * The organisation they work for (the LGA, a council, a partner).
   *
   * Confidentiality: PUBLIC.
   */
  organisation?: Maybe<Scalars['String']['output']>;
  /**
   * REFERENCE for the contacts named in the LGA's 2012 offer; DEMO or RECORDED for peers added since.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The regions this person covers as principal adviser.
   *
   * Confidentiality: PUBLIC.
   */
  regions: Array<Region>;
  /**
   * Their job title, where published.
   *
   * Confidentiality: PUBLIC.
   */
  title?: Maybe<Scalars['String']['output']>;
};

/** A peer challenge agreed with a council under its region's model. */
export type PlanChildrensPeerChallengeInput = {
  /** The council challenged (upper tier). */
  council: Scalars['ID']['input'];
  /** The lead peer. */
  leadPeer?: InputMaybe<ChildrensPersonInput>;
  /** The model used (one of the council's region's). */
  model: Scalars['ID']['input'];
  /** The rest of the peer team. */
  team?: Array<PeerChallengeTeamMemberInput>;
};

/** Which way is better for a metric; it decides ranks and quartiles in comparisons. */
export type Polarity =
  /** A higher value is better: rank 1 is the highest. */
  | 'HIGHER_IS_BETTER'
  /** A lower value is better: rank 1 is the lowest. */
  | 'LOWER_IS_BETTER'
  /** Context, not performance (e.g. population): ranked highest first, without judgement. */
  | 'NEUTRAL';

/** Where a record comes from. */
export type Provenance =
  /** Generated demonstration data, consistent with the published figures but not fact. */
  | 'DEMO'
  /** Recorded through the graph by a board, a council or a partner system. */
  | 'RECORDED'
  /** Published reference data (seed-data/, with its sources). */
  | 'REFERENCE';

/** Publishing a challenge's report. */
export type PublishCorporatePeerChallengeReportInput = {
  /** The challenge's id. */
  id: Scalars['ID']['input'];
  /** When the report was published. */
  reportPublishedOn: Scalars['LocalDate']['input'];
  /** Where the report is published (http or https address). */
  reportUrl: Scalars['String']['input'];
};

/** A draft good practice item to publish in the library. */
export type PublishLearningInput = {
  /** The item's id. */
  id: Scalars['ID']['input'];
};

/** The publication of a draft local account. */
export type PublishLocalAccountInput = {
  /** The draft's id. */
  id: Scalars['ID']['input'];
  /** Where it is published, if the draft does not say yet. */
  link?: InputMaybe<Scalars['String']['input']>;
  /** When it was published (2000-01-01 to 2030-12-31). */
  publishedOn: Scalars['LocalDate']['input'];
};

/** A headline figure the LGA and its partner boards published in 2012 (seed-data/headline_figures.csv), with where it comes from. Public. */
export type PublishedFigure = {
  __typename?: 'PublishedFigure';
  /**
   * When the figure stood: a year (2012), a financial year (2011/12) or a month (2012-04).
   *
   * Confidentiality: PUBLIC.
   */
  asAt: Scalars['String']['output'];
  /**
   * What the figure is, in words.
   *
   * Confidentiality: PUBLIC.
   */
  description: Scalars['String']['output'];
  /**
   * The figure's name, e.g. corporate_peer_challenges_delivered_2011_12.
   *
   * Confidentiality: PUBLIC.
   */
  key: Scalars['ID']['output'];
  /**
   * The figure as a number; null when it is a date.
   *
   * Confidentiality: PUBLIC.
   */
  number?: Maybe<Scalars['Int']['output']>;
  /**
   * The passage of the publication that states it.
   *
   * Confidentiality: PUBLIC.
   */
  passage: Scalars['String']['output'];
  /**
   * The publication it comes from.
   *
   * Confidentiality: PUBLIC.
   */
  source: Scalars['String']['output'];
  /**
   * What it counts: councils, days, peer reviews, regions, …; date for a date.
   *
   * Confidentiality: PUBLIC.
   */
  unit: Scalars['String']['output'];
  /**
   * The figure as published: a whole number ("24") or a date ("2012-12-31").
   *
   * Confidentiality: PUBLIC.
   */
  value: Scalars['String']['output'];
};

/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type Query = {
  __typename?: 'Query';
  /**
   * Every write to the adults board's records, newest first: who, when and what changed, a page at a time. For the LGA central team.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). The resolver applies it to each record.
   */
  adultsAuditTrail: AuditEntryConnection;
  /**
   * The councils whose progress the board had recognised by a date, earliest first.
   *
   * Confidentiality: PUBLIC.
   */
  adultsRecognisedBy: Array<AdultsSignOff>;
  /**
   * When the adults board's records last changed: the time of the newest write recorded through the graph (its audit entry), or null when nothing has been written since they were loaded from the reference data. Shown beside a figure to say how current it is.
   *
   * Confidentiality: PUBLIC. the time of the newest write only, never its entry
   */
  adultsRecordsLastChanged?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The sign-off programme: every council rated adequate (DEMO ones are illustrative), its status and what is still missing, by council code.
   *
   * Confidentiality: PUBLIC.
   */
  adultsSignOffProgramme: Array<AdultsSignOffProgress>;
  /**
   * Every write to the children board's records, newest first: who, when and what changed, a page at a time. For the LGA central team.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). The resolver applies it to each record.
   */
  childrenAuditTrail: AuditEntryConnection;
  /**
   * When the children board's records last changed: the time of the newest write recorded through the graph (its audit entry), or null when nothing has been written since they were loaded from the reference data. Shown beside a figure to say how current it is.
   *
   * Confidentiality: PUBLIC. the time of the newest write only, never its entry
   */
  childrenRecordsLastChanged?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The indicators of the common data set for children's services.
   *
   * Confidentiality: PUBLIC.
   */
  childrensIndicators: Array<ChildrensIndicator>;
  /**
   * Lead member induction and Leadership Academy events, in date order.
   *
   * Confidentiality: PUBLIC.
   */
  childrensLeadershipEvents: Array<ChildrensLeadershipEvent>;
  /**
   * Children's services peer challenge coverage of the upper-tier councils, for England and per region, against all by 31 December 2012.
   *
   * Confidentiality: PUBLIC.
   */
  childrensPeerChallengeCoverage: NationalPeerChallengeCoverage;
  /**
   * The CIB's funding of the regions, optionally for one financial year.
   *
   * Confidentiality: PUBLIC.
   */
  cibRegionalFunding: Array<RegionalFunding>;
  /**
   * One concern (confidential, as Council.concerns): NOT_FOUND for an unknown id.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). The resolver applies it to each record.
   */
  concern?: Maybe<Concern>;
  /**
   * Live concerns counted by region and severity, never their content: for board members, the LGA central team, principal advisers (their own regions) and partners with intelligence:read. Every region and severity appears, zeros included.
   *
   * Confidentiality: RESTRICTED — only board members, the LGA central team, principal advisers (their own regions) and partner systems with intelligence:read. The resolver applies it to each record.
   */
  concernCounts: Array<ConcernCount>;
  /**
   * The concerns the caller may read, across councils, newest first, a page at a time: every one for the LGA central team, those of their regions' councils for a principal adviser, their own council's for a council officer, those whose council is aware for a partner system with intelligence:read; an empty page for anyone else (never FORBIDDEN). UNAUTHENTICATED without a token.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). The resolver applies it to each record.
   */
  concerns: ConcernConnection;
  /**
   * Every write to the corporate board's records, newest first: who, when and what changed, a page at a time. For the LGA central team.
   *
   * Confidentiality: RESTRICTED — only the LGA central team (LGA_OFFICER). The resolver applies it to each record.
   */
  corporateAuditTrail: AuditEntryConnection;
  /**
   * One corporate peer challenge: NOT_FOUND for an unknown id.
   *
   * Confidentiality: PUBLIC.
   */
  corporatePeerChallenge?: Maybe<CorporatePeerChallenge>;
  /**
   * The programme's progress (delivered, booked or being discussed) in England or one region, against the published figures.
   *
   * Confidentiality: PUBLIC.
   */
  corporatePeerChallengeProgress: CorporatePeerChallengeProgress;
  /**
   * Corporate peer challenges, oldest first; filter by state, region or council.
   *
   * Confidentiality: PUBLIC.
   */
  corporatePeerChallenges: Array<CorporatePeerChallenge>;
  /**
   * When the corporate board's records last changed: the time of the newest write recorded through the graph (its audit entry), or null when nothing has been written since they were loaded from the reference data. Shown beside a figure to say how current it is.
   *
   * Confidentiality: PUBLIC. the time of the newest write only, never its entry
   */
  corporateRecordsLastChanged?: Maybe<Scalars['DateTime']['output']>;
  /**
   * One council by ONS GSS code: NOT_FOUND for an unknown code, BAD_USER_INPUT for a malformed one.
   *
   * Confidentiality: PUBLIC.
   */
  council?: Maybe<Council>;
  /**
   * The 353 English councils, by name; filter by region, type or tier.
   *
   * Confidentiality: PUBLIC.
   */
  councils: Array<Council>;
  /**
   * The councils recorded with one 2009-10 CQC rating (see each one's cqcRating2010Provenance: DEMO ones are illustrative).
   *
   * Confidentiality: PUBLIC.
   */
  councilsByCqcRating2010: Array<Council>;
  /**
   * The upper-tier councils at one level of children's services support.
   *
   * Confidentiality: PUBLIC.
   */
  councilsBySupportLevel: Array<Council>;
  /**
   * The good practice library (run by the LGA): learning the three boards share from their records, searched with the database's own full-text index and ranked, a page at a time. One statement per page, whatever its size.
   *
   * Confidentiality: PUBLIC. Drafts are left out for anyone but their readers (the board that shared them, the council, its principal adviser, the LGA).
   */
  goodPractice: GoodPracticeConnection;
  /**
   * Take-up of the leadership offer in a financial year, against the published figure.
   *
   * Confidentiality: PUBLIC.
   */
  leadershipOfferSummary: LeadershipOfferSummary;
  /**
   * Places on the main leadership programmes; filter by year, region, programme or subsidy.
   *
   * Confidentiality: PUBLIC.
   */
  leadershipPlaces: Array<LeadershipPlace>;
  /**
   * One local account (any version) by id; a draft only for those who may write it.
   *
   * Confidentiality: PUBLIC.
   */
  localAccount?: Maybe<LocalAccount>;
  /**
   * Every council's current local account for one year, by council code.
   *
   * Confidentiality: PUBLIC.
   */
  localAccountsForYear: Array<LocalAccount>;
  /**
   * Who the token says the caller is.
   *
   * Confidentiality: PUBLIC.
   */
  me: Viewer;
  /**
   * Member peer support cases, oldest change of control first; filter by region.
   *
   * Confidentiality: PUBLIC.
   */
  memberPeerSupportCases: Array<MemberPeerSupport>;
  /**
   * One metric: NOT_FOUND for an unknown id.
   *
   * Confidentiality: PUBLIC.
   */
  metric?: Maybe<Metric>;
  /**
   * The metrics of every board, by title; `context: true` for the nearest-neighbour indicators only, `board` for one board's.
   *
   * Confidentiality: PUBLIC.
   */
  metrics: Array<Metric>;
  /**
   * A council's value of a metric of any board beside every member of a group (its region, its type, all England or its neighbours: the LGA's nearest or the CIB's statistical), with ranks, quartiles and the group's median. A few SQL statements whatever the group's size.
   *
   * Confidentiality: PUBLIC.
   */
  performanceComparison?: Maybe<Comparison>;
  /**
   * The LGA principal advisers: each council's key contact for improvement support.
   *
   * Confidentiality: PUBLIC.
   */
  principalAdvisers: Array<Person>;
  /**
   * The headline figures published in 2012 that the programmes are measured against, each with its unit, date and source. Public.
   *
   * Confidentiality: PUBLIC.
   */
  publishedFigures: Array<PublishedFigure>;
  /**
   * One region by ONS code: NOT_FOUND for an unknown code.
   *
   * Confidentiality: PUBLIC.
   */
  region?: Maybe<Region>;
  /**
   * The nine English regions, by code.
   *
   * Confidentiality: PUBLIC.
   */
  regions: Array<Region>;
  /**
   * Requests waiting for a safeguarding peer review, in priority order: targeted support, then early support, then universal; then by request date.
   *
   * Confidentiality: PUBLIC.
   */
  safeguardingPeerReviewQueue: Array<SafeguardingQueueEntry>;
  /**
   * Safeguarding peer reviews counted by status across England.
   *
   * Confidentiality: PUBLIC.
   */
  safeguardingPeerReviewSummary: SafeguardingPeerReviewSummary;
  /**
   * One saved scorecard: NOT_FOUND for an unknown id; FORBIDDEN for another's scorecard the LGA has not shared.
   *
   * Confidentiality: PUBLIC. The resolver refuses a scorecard the caller may not read (FORBIDDEN; UNAUTHENTICATED without a token).
   */
  scorecard?: Maybe<Scorecard>;
  /**
   * The scorecards the caller may read, by name: every shared one, and their own (the LGA reads all).
   *
   * Confidentiality: PUBLIC. The resolver leaves out the scorecards the caller may not read.
   */
  scorecards: Array<Scorecard>;
  /**
   * Councils ranked by their early warning over one region; without a region, over a principal adviser's own regions (anyone else: all England).
   *
   * Confidentiality: PUBLIC. signals derived from concerns are included (and counted) only for callers who may read the council's concerns
   */
  watchlist: Watchlist;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryAdultsAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryAdultsRecognisedByArgs = {
  date: Scalars['LocalDate']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryChildrenAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryChildrensLeadershipEventsArgs = {
  kind?: InputMaybe<ChildrensLeadershipEventKind>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCibRegionalFundingArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryConcernArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryConcernCountsArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryConcernsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  severity?: InputMaybe<ConcernSeverity>;
  status?: InputMaybe<ConcernStatus>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCorporateAuditTrailArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  since?: InputMaybe<Scalars['DateTime']['input']>;
  subject?: InputMaybe<Scalars['ID']['input']>;
  until?: InputMaybe<Scalars['DateTime']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCorporatePeerChallengeArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCorporatePeerChallengeProgressArgs = {
  financialYear?: Scalars['String']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCorporatePeerChallengesArgs = {
  council?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CorporatePeerChallengeStatus>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCouncilArgs = {
  code: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCouncilsArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<CouncilType>;
  upperTier?: InputMaybe<Scalars['Boolean']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCouncilsByCqcRating2010Args = {
  rating: CqcRating;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryCouncilsBySupportLevelArgs = {
  level: ChildrensSupportLevel;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryGoodPracticeArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  board?: InputMaybe<Board>;
  first?: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  theme?: InputMaybe<GoodPracticeTheme>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryLeadershipOfferSummaryArgs = {
  financialYear: Scalars['String']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryLeadershipPlacesArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
  programme?: InputMaybe<LeadershipProgramme>;
  region?: InputMaybe<Scalars['ID']['input']>;
  subsidised?: InputMaybe<Scalars['Boolean']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryLocalAccountArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryLocalAccountsForYearArgs = {
  year: Scalars['Int']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryMemberPeerSupportCasesArgs = {
  region?: InputMaybe<Scalars['ID']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryMetricArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryMetricsArgs = {
  board?: InputMaybe<Board>;
  context?: InputMaybe<Scalars['Boolean']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryPerformanceComparisonArgs = {
  council: Scalars['ID']['input'];
  group: ComparisonGroup;
  metric: Scalars['ID']['input'];
  neighbours?: NeighbourSet;
  period?: InputMaybe<Scalars['String']['input']>;
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryRegionArgs = {
  code: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryScorecardArgs = {
  id: Scalars['ID']['input'];
};


/** What can be read: councils and regions, each board's programmes, the published figures and the comparisons, as the caller's token allows. */
export type QueryWatchlistArgs = {
  first?: Scalars['Int']['input'];
  region?: InputMaybe<Scalars['ID']['input']>;
};

/** A new concern about a council. */
export type RaiseConcernInput = {
  /** The council's GSS code. */
  council: Scalars['ID']['input'];
  /** The date the council was made aware, if it already is; not in the future. */
  councilAwareOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The evidence (at least one item): no evidence, no concern. */
  evidence: Array<EvidenceInput>;
  /** For partner systems only: who raised it (otherwise from the token). */
  raisedBy?: InputMaybe<ConcernRaiserKind>;
  /** For partner systems only: the name of who raised it. */
  raisedByName?: InputMaybe<Scalars['String']['input']>;
  /** Emerging, significant or serious. */
  severity: ConcernSeverity;
  /** Where the intelligence came from (at least one). */
  sources: Array<ConcernSourceKind>;
  /** What the concern is, specifically. */
  summary: Scalars['String']['input'];
};

/** The TEASC board's recognition of a council's progress. */
export type RecogniseAdultsSignOffInput = {
  /** ONS GSS code of the council. */
  council: Scalars['ID']['input'];
  /** The learning identified to share (at least one point). */
  learning: Array<Scalars['String']['input']>;
  /** When the board recognised its progress, not before the presentation. */
  recognisedOn: Scalars['LocalDate']['input'];
};

/** The subsidised peer challenge of a council in the sign-off programme. */
export type RecordAdultsPeerChallengeInput = {
  /** ONS GSS code of the council. */
  council: Scalars['ID']['input'];
  /** What the council asked the peers to focus on. */
  focus?: InputMaybe<Scalars['String']['input']>;
  /** The lead peer (name and role). */
  leadPeer: Scalars['String']['input'];
  /** First day on site, not before the council entered the programme. */
  onSiteFrom: Scalars['LocalDate']['input'];
  /** Last day on site, not before the first. */
  onSiteTo: Scalars['LocalDate']['input'];
};

/** A region's priority and the board's funding for it. */
export type RecordAdultsRegionalPriorityInput = {
  /** The kind of deliverable (one priority per kind per region per year). */
  deliverable: AdultsRegionalDeliverable;
  /** What the region will deliver. */
  description: Scalars['String']['input'];
  /** The financial year, written 2012/13. */
  financialYear: Scalars['String']['input'];
  /** The board's funding for it, in whole pounds (not negative). */
  fundingPounds?: InputMaybe<Scalars['Int']['input']>;
  /** ONS code of the region (E12000001 to E12000009). */
  region: Scalars['ID']['input'];
};

/** A workshop held in a region. */
export type RecordAdultsRegionalWorkshopInput = {
  /** When it was held (2000-01-01 to 2030-12-31). */
  heldOn: Scalars['LocalDate']['input'];
  /** ONS code of the region (E12000001 to E12000009). */
  region: Scalars['ID']['input'];
  /** What it discussed. */
  topic: Scalars['String']['input'];
};

/** One of the three core elements or two confirmations of a council's sign-off. */
export type RecordAdultsSignOffEvidenceInput = {
  /** Who gave it (name and role). The principal adviser's feedback must come from the LGA principal adviser for the council's region. */
  author: Scalars['String']['input'];
  /** ONS GSS code of the council. */
  council: Scalars['ID']['input'];
  /** When it was given (2000-01-01 to 2030-12-31). */
  givenOn: Scalars['LocalDate']['input'];
  /** Which element or confirmation it is. */
  kind: AdultsEvidenceKind;
  /** Whether it supports sign-off. */
  outcome: AdultsEvidenceOutcome;
  /** What it says, in short. */
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** A council's presentation of its progress to the TEASC board. */
export type RecordAdultsSignOffPresentationInput = {
  /** ONS GSS code of the council. */
  council: Scalars['ID']['input'];
  /** When it presented, not before the invitation. */
  presentedOn: Scalars['LocalDate']['input'];
};

/** A council's value of a common data set indicator for one period. */
export type RecordChildrensIndicatorValueInput = {
  /** The council (upper tier). */
  council: Scalars['ID']['input'];
  /** The indicator's code. */
  indicator: Scalars['ID']['input'];
  /** The financial year, e.g. 2011/12. */
  period: Scalars['String']['input'];
  /** The value, in the indicator's unit. */
  value: Scalars['Float']['input'];
};

/** A lead member induction or Leadership Academy event. */
export type RecordChildrensLeadershipEventInput = {
  /** Last day. */
  endsOn: Scalars['LocalDate']['input'];
  /** Induction or Leadership Academy. */
  kind: ChildrensLeadershipEventKind;
  /** How many places. */
  places: Scalars['Int']['input'];
  /** First day. */
  startsOn: Scalars['LocalDate']['input'];
  /** The title. */
  title: Scalars['String']['input'];
  /** Where. */
  venue?: InputMaybe<Scalars['String']['input']>;
};

/** A region's model of children's services peer challenge. */
export type RecordChildrensPeerChallengeModelInput = {
  /** How the model works. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The model's name (unique in its region). */
  name: Scalars['String']['input'];
  /** The region's ONS code. */
  region: Scalars['ID']['input'];
};

/** A council's self-assessment of its children's services (recorded as a draft). */
export type RecordChildrensSelfAssessmentInput = {
  /** Where the council judges it must improve. */
  areasForImprovement: Array<Scalars['String']['input']>;
  /** The council's GSS code (an upper-tier council). */
  council: Scalars['ID']['input'];
  /** The financial year it assesses, e.g. 2011/12. */
  period: Scalars['String']['input'];
  /** What the council judges it does well. */
  strengths: Array<Scalars['String']['input']>;
  /** The council's summary. */
  summary: Scalars['String']['input'];
};

/** A decision on a council's level of children's services support. */
export type RecordChildrensSupportLevelInput = {
  /** The council's GSS code (an upper-tier council). */
  council: Scalars['ID']['input'];
  /** When it was decided. */
  decidedOn: Scalars['LocalDate']['input'];
  /** The level decided. */
  level: ChildrensSupportLevel;
  /** Why, in a sentence. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A contact made with the council about a live concern. */
export type RecordConcernContactInput = {
  /** When it was made, not in the future. */
  contactedOn: Scalars['LocalDate']['input'];
  /** The concern's id. */
  id: Scalars['ID']['input'];
  /** Leader, chief executive, or other. */
  level: ContactLevel;
  /** Who made it; the caller's name when absent. */
  madeBy?: InputMaybe<Scalars['String']['input']>;
  /** What was discussed or agreed. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** What the council thought of its challenge. */
export type RecordCorporatePeerChallengeEvaluationInput = {
  /** The challenge's id. */
  id: Scalars['ID']['input'];
  /** The council's overall satisfaction. */
  satisfaction: CorporatePeerChallengeSatisfaction;
  /** Whether the council would recommend a peer challenge to another authority. */
  wouldRecommend: Scalars['Boolean']['input'];
};

/** The date the council was made aware of a concern. */
export type RecordCouncilAwarenessInput = {
  /** The date the council was made aware, not in the future. */
  awareOn: Scalars['LocalDate']['input'];
  /** The concern's id. */
  id: Scalars['ID']['input'];
};

/** A council's 2009-10 CQC rating and where it comes from. */
export type RecordCqcRating2010Input = {
  /** ONS GSS code of an upper-tier council. */
  council: Scalars['ID']['input'];
  /** The CQC's 2009-10 rating. */
  rating: CqcRating;
  /** Where the rating comes from (publication, date). */
  source: Scalars['String']['input'];
};

/** A place on one of the main leadership programmes. */
export type RecordLeadershipPlaceInput = {
  /** The council (ONS GSS code). */
  council: Scalars['ID']['input'];
  /** The financial year, e.g. 2012/13. */
  financialYear: Scalars['String']['input'];
  /** Who takes the place. */
  participantName: Scalars['String']['input'];
  /** Their role, e.g. Leader of the council. */
  participantRole?: InputMaybe<Scalars['String']['input']>;
  /** The programme. */
  programme: LeadershipProgramme;
  /** Whether this is the council's subsidised place for the year (2012/13 to 2014/15 only). */
  subsidised: Scalars['Boolean']['input'];
};

/** Days of member peer support given. */
export type RecordMemberPeerSupportDaysInput = {
  /** Days used (1 to 5); the case can never pass five in all. */
  days: Scalars['Int']['input'];
  /** The member peer support case's id. */
  id: Scalars['ID']['input'];
  /** What the support covered. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When the support was given (the first day where several). */
  visitedOn: Scalars['LocalDate']['input'];
};

/** Councils' values of one metric. */
export type RecordMetricValuesInput = {
  /** The metric's id. */
  metric: Scalars['ID']['input'];
  /** One value per council and financial year (at most 2,000). */
  values: Array<MetricValueInput>;
};

/** The CIB's funding of a region for one financial year. */
export type RecordRegionalFundingInput = {
  /** The amount in whole pounds. */
  amountPounds: Scalars['Int']['input'];
  /** The financial year, e.g. 2012/13. */
  financialYear: Scalars['String']['input'];
  /** The priorities it funds. */
  priorities: Array<Scalars['String']['input']>;
  /** The region's ONS code. */
  region: Scalars['ID']['input'];
};

/** The external challenge of a submitted self-assessment by peers from other councils. */
export type RecordSelfAssessmentChallengeInput = {
  /** GSS codes of the councils whose peers challenged it (other upper-tier councils). */
  challengers: Array<Scalars['ID']['input']>;
  /** The peers' findings in brief. */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** When the challenge was held. */
  heldOn: Scalars['LocalDate']['input'];
  /** What the peers concluded. */
  outcome: SelfAssessmentChallengeOutcome;
  /** The self-assessment challenged. */
  selfAssessment: Scalars['ID']['input'];
};

/** The support engagement for a concern: the bespoke Terms of Engagement for support warranting an improvement board. */
export type RecordSupportEngagementInput = {
  /** The id of the concern the engagement answers. */
  concern: Scalars['ID']['input'];
  /** The partners on the improvement board (at least one). */
  partners: Array<Scalars['String']['input']>;
  /** The date the support is reviewed, after the start. */
  reviewOn: Scalars['LocalDate']['input'];
  /** What the support covers and how it will work. */
  scope: Scalars['String']['input'];
  /** The date the support starts. */
  startsOn: Scalars['LocalDate']['input'];
};

/** One of the nine English regions, keyed by its ONS code, each covered by an LGA principal adviser. The LGA (corporate) subgraph owns it; each board adds its fields. */
export type Region = {
  __typename?: 'Region';
  /**
   * The region's ADASS branch, through which TEASC works.
   *
   * Confidentiality: PUBLIC.
   */
  adassBranch?: Maybe<AdassRegionalBranch>;
  /**
   * The TEASC board's funding for the region's priorities in one financial year, in pounds.
   *
   * Confidentiality: PUBLIC.
   */
  adultsFunding?: Maybe<Scalars['Int']['output']>;
  /**
   * The region's priorities and the TEASC board's funding for them.
   *
   * Confidentiality: PUBLIC.
   */
  adultsRegionalPriorities?: Maybe<Array<AdultsRegionalPriority>>;
  /**
   * Workshops held in the region on sector-led improvement in adult social care.
   *
   * Confidentiality: PUBLIC.
   */
  adultsWorkshops?: Maybe<Array<AdultsRegionalWorkshop>>;
  /**
   * The CIB's funding of the region, by financial year.
   *
   * Confidentiality: PUBLIC.
   */
  childrensFunding?: Maybe<Array<RegionalFunding>>;
  /**
   * How many of the region's upper-tier councils are engaged in children's services peer challenge, against all by 31 December 2012.
   *
   * Confidentiality: PUBLIC.
   */
  childrensPeerChallengeCoverage?: Maybe<PeerChallengeCoverage>;
  /**
   * The models of peer challenge the region's councils have developed.
   *
   * Confidentiality: PUBLIC.
   */
  childrensPeerChallengeModels?: Maybe<Array<PeerChallengeModel>>;
  /**
   * The region's three regional leads (lead member for children, chief executive, DCS), one slot per role.
   *
   * Confidentiality: PUBLIC.
   */
  childrensRegionalLeads?: Maybe<Array<RegionalLeadSlot>>;
  /**
   * The region's upper-tier councils counted by support level.
   *
   * Confidentiality: PUBLIC.
   */
  childrensSupportLevels?: Maybe<Array<SupportLevelCount>>;
  /**
   * The region's ONS code, E12000001 to E12000009.
   *
   * Confidentiality: PUBLIC.
   */
  code: Scalars['ID']['output'];
  /**
   * The region's councils, by name.
   *
   * Confidentiality: PUBLIC.
   */
  councils: Array<Council>;
  /**
   * The region's councils counted by recorded 2009-10 CQC rating.
   *
   * Confidentiality: PUBLIC.
   */
  cqcRatings2010?: Maybe<Array<CqcRatingCount>>;
  /**
   * The region's name (ONS).
   *
   * Confidentiality: PUBLIC.
   */
  name: Scalars['String']['output'];
  /**
   * The LGA principal adviser for the region: its councils' single point of contact for support.
   *
   * Confidentiality: PUBLIC.
   */
  principalAdviser?: Maybe<Person>;
  /**
   * The support of the region's councils counted by status and board (public); the records for their readers. One statement for any number of regions.
   *
   * Confidentiality: PUBLIC.
   */
  supportInPlace: SupportInPlace;
  /**
   * The region's councils ranked by their early warning: the most urgent level first, then the most signals, then by name.
   *
   * Confidentiality: PUBLIC. signals derived from concerns are included (and counted) only for callers who may read the council's concerns
   */
  watchlist: Array<Council>;
};


/** One of the nine English regions, keyed by its ONS code, each covered by an LGA principal adviser. The LGA (corporate) subgraph owns it; each board adds its fields. */
export type RegionAdultsFundingArgs = {
  financialYear?: Scalars['String']['input'];
};


/** One of the nine English regions, keyed by its ONS code, each covered by an LGA principal adviser. The LGA (corporate) subgraph owns it; each board adds its fields. */
export type RegionAdultsRegionalPrioritiesArgs = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
};


/** One of the nine English regions, keyed by its ONS code, each covered by an LGA principal adviser. The LGA (corporate) subgraph owns it; each board adds its fields. */
export type RegionWatchlistArgs = {
  first?: Scalars['Int']['input'];
};

/** A region's peer challenge coverage. */
export type RegionPeerChallengeCoverage = {
  __typename?: 'RegionPeerChallengeCoverage';
  /**
   * Councils whose peer challenge is completed.
   *
   * Confidentiality: PUBLIC.
   */
  completed: Scalars['Int']['output'];
  /**
   * Councils engaged: with a peer challenge planned, scheduled, on site or completed.
   *
   * Confidentiality: PUBLIC.
   */
  engaged: Scalars['Int']['output'];
  /**
   * Councils not yet engaged.
   *
   * Confidentiality: PUBLIC.
   */
  notYetEngaged: Scalars['Int']['output'];
  /**
   * The region's ONS code (its name comes from the corporate subgraph through Region).
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
  /**
   * The share engaged, 0 to 1.
   *
   * Confidentiality: PUBLIC.
   */
  shareEngaged: Scalars['Float']['output'];
  /**
   * The date by which all councils are to be engaged: 2012-12-31.
   *
   * Confidentiality: PUBLIC.
   */
  targetDate: Scalars['LocalDate']['output'];
  /**
   * True when every upper-tier council in the area is engaged.
   *
   * Confidentiality: PUBLIC.
   */
  targetMet: Scalars['Boolean']['output'];
  /**
   * Upper-tier councils in the area (those with children's services).
   *
   * Confidentiality: PUBLIC.
   */
  upperTierCouncils: Scalars['Int']['output'];
};

/** The CIB's funding of a region's children's services improvement work for one financial year. */
export type RegionalFunding = {
  __typename?: 'RegionalFunding';
  /**
   * The amount, in whole pounds.
   *
   * Confidentiality: PUBLIC.
   */
  amountPounds: Scalars['Int']['output'];
  /**
   * The financial year, e.g. 2012/13.
   *
   * Confidentiality: PUBLIC.
   */
  financialYear: Scalars['String']['output'];
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The priorities it funds (e.g. peer challenge between councils, early support).
   *
   * Confidentiality: PUBLIC.
   */
  priorities: Array<Scalars['String']['output']>;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The region funded.
   *
   * Confidentiality: PUBLIC.
   */
  region: Region;
  /**
   * The region's ONS code.
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
};

/** A region's regional lead in one role: one person per role per region. */
export type RegionalLead = {
  __typename?: 'RegionalLead';
  /**
   * When they took the role.
   *
   * Confidentiality: PUBLIC.
   */
  appointedOn: Scalars['LocalDate']['output'];
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The person in the role (a CIB record, not the corporate Person).
   *
   * Confidentiality: PUBLIC.
   */
  person: ChildrensPerson;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * The region's ONS code.
   *
   * Confidentiality: PUBLIC.
   */
  regionCode: Scalars['ID']['output'];
  /**
   * The role.
   *
   * Confidentiality: PUBLIC.
   */
  role: RegionalLeadRole;
};

/** The three regional leads each region nominates to champion children's services improvement. */
export type RegionalLeadRole =
  /** A chief executive. */
  | 'CHIEF_EXECUTIVE'
  /** A director of children's services. */
  | 'DIRECTOR_OF_CHILDRENS_SERVICES'
  /** A lead member for children. */
  | 'LEAD_MEMBER_FOR_CHILDREN';

/** One of a region's three regional lead roles, with whoever holds it (null while vacant). */
export type RegionalLeadSlot = {
  __typename?: 'RegionalLeadSlot';
  /**
   * Who holds it; null while vacant.
   *
   * Confidentiality: PUBLIC.
   */
  lead?: Maybe<RegionalLead>;
  /**
   * The role.
   *
   * Confidentiality: PUBLIC.
   */
  role: RegionalLeadRole;
};

/** A review that has reported to the council after its visit. */
export type ReportSafeguardingPeerReviewInput = {
  /** The review (on site). */
  id: Scalars['ID']['input'];
  /** When it reported (not before the last day on site). */
  reportedOn: Scalars['LocalDate']['input'];
};

/** A council's request for a safeguarding peer review. */
export type RequestSafeguardingPeerReviewInput = {
  /** The council (upper tier). */
  council: Scalars['ID']['input'];
  /** What to emphasise within the fixed focus, as discussed with the council. */
  localEmphasis?: InputMaybe<Scalars['String']['input']>;
  /** When it asked. */
  requestedOn: Scalars['LocalDate']['input'];
};

/** A council's own request for support. */
export type RequestSupportInput = {
  /** The board asked to provide it. */
  board: Board;
  /** The council's GSS code: the caller's own council. */
  council: Scalars['ID']['input'];
  /** What kind of support. */
  kind: SupportKind;
  /** What the council needs, in its own words. */
  need: Scalars['String']['input'];
  /** When it was asked for, not in the future; today when not given. */
  requestedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** The concern to record as resolved (OPEN or SHARED → RESOLVED). */
export type ResolveConcernInput = {
  /** The concern's id. */
  id: Scalars['ID']['input'];
};

/** What a token says its holder is (contract: Authentication and roles). */
export type Role =
  /** An analyst using the graph: holds no write permission. */
  | 'ANALYST'
  /** A member of one of the boards: reads concern counts, not the concerns themselves. */
  | 'BOARD_MEMBER'
  /** An officer of the Children's Improvement Board (CIB). */
  | 'CIB_OFFICER'
  /** An officer of one council (the token names it): reads and writes that council's own records. */
  | 'COUNCIL_OFFICER'
  /** The LGA central team: runs the corporate programmes and reads every board's audit trail. */
  | 'LGA_OFFICER'
  /** A partner's system: what it may do is set by the scopes its token holds. */
  | 'PARTNER_SYSTEM'
  /** An LGA principal adviser: the key contact for the councils of their regions. */
  | 'PRINCIPAL_ADVISER'
  /** An officer of Towards Excellence in Adult Social Care (TEASC). */
  | 'TEASC_OFFICER';

/** A national, no-cost children's safeguarding peer review with a fixed focus. */
export type SafeguardingPeerReview = {
  __typename?: 'SafeguardingPeerReview';
  /**
   * What the review costs the council: nothing (a nationally organised, no-cost offer).
   *
   * Confidentiality: PUBLIC.
   */
  costToCouncil: Scalars['Int']['output'];
  /**
   * The council reviewed.
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * The fixed national focus every safeguarding peer review shares.
   *
   * Confidentiality: PUBLIC.
   */
  focus: Scalars['String']['output'];
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * What was discussed with the council within the fixed focus.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team and the CIB's officers (and partner systems with children:write).
   */
  localEmphasis?: Maybe<Scalars['String']['output']>;
  /**
   * First day on site, once scheduled.
   *
   * Confidentiality: PUBLIC.
   */
  onSiteFrom?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Last day on site, once scheduled.
   *
   * Confidentiality: PUBLIC.
   */
  onSiteTo?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * When it reported: a delivered review.
   *
   * Confidentiality: PUBLIC.
   */
  reportedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * When the council requested it: orders the queue within a support level.
   *
   * Confidentiality: PUBLIC.
   */
  requestedOn: Scalars['LocalDate']['output'];
  /**
   * Where the review stands in its lifecycle.
   *
   * Confidentiality: PUBLIC.
   */
  status: SafeguardingPeerReviewStatus;
  /**
   * When the council withdrew.
   *
   * Confidentiality: PUBLIC.
   */
  withdrawnOn?: Maybe<Scalars['LocalDate']['output']>;
};

/** requested → scheduled → on site → reported, or withdrawn (before going on site). */
export type SafeguardingPeerReviewStatus =
  /** The review team is on site. */
  | 'ON_SITE'
  /** Delivered: the review has reported. */
  | 'REPORTED'
  /** Requested by the council; waiting in the priority queue. */
  | 'REQUESTED'
  /** Dates on site agreed. */
  | 'SCHEDULED'
  /** Withdrawn before the team went on site. */
  | 'WITHDRAWN';

/** Safeguarding peer reviews counted by status, nationally. */
export type SafeguardingPeerReviewSummary = {
  __typename?: 'SafeguardingPeerReviewSummary';
  /**
   * What a review costs the council: nothing.
   *
   * Confidentiality: PUBLIC.
   */
  costToCouncil: Scalars['Int']['output'];
  /**
   * Delivered (reported).
   *
   * Confidentiality: PUBLIC.
   */
  delivered: Scalars['Int']['output'];
  /**
   * On site now.
   *
   * Confidentiality: PUBLIC.
   */
  onSite: Scalars['Int']['output'];
  /**
   * Waiting in the queue.
   *
   * Confidentiality: PUBLIC.
   */
  requested: Scalars['Int']['output'];
  /**
   * Scheduled.
   *
   * Confidentiality: PUBLIC.
   */
  scheduled: Scalars['Int']['output'];
  /**
   * Withdrawn.
   *
   * Confidentiality: PUBLIC.
   */
  withdrawn: Scalars['Int']['output'];
};

/** A request waiting in the safeguarding peer review queue, with its place. */
export type SafeguardingQueueEntry = {
  __typename?: 'SafeguardingQueueEntry';
  /**
   * Place in the queue, from 1.
   *
   * Confidentiality: PUBLIC.
   */
  position: Scalars['Int']['output'];
  /**
   * The requested review.
   *
   * Confidentiality: PUBLIC.
   */
  review: SafeguardingPeerReview;
  /**
   * The council's support level now: targeted, then early, then universal.
   *
   * Confidentiality: PUBLIC.
   */
  supportLevel: ChildrensSupportLevel;
};

/** A scorecard to save: metrics as columns, councils as rows. */
export type SaveScorecardInput = {
  /** The councils' GSS codes, in row order. */
  councils: Array<Scalars['ID']['input']>;
  /** What it is for. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The metrics, in column order (1 to 20); any board's. */
  metrics: Array<Scalars['ID']['input']>;
  /** A unique name. */
  name: Scalars['String']['input'];
  /** A financial year to show; absent for each metric's latest. */
  period?: InputMaybe<Scalars['String']['input']>;
};

/** The dates agreed for a planned peer challenge's visit. */
export type ScheduleChildrensPeerChallengeInput = {
  /** Last day on site (not before the first). */
  endsOn: Scalars['LocalDate']['input'];
  /** The peer challenge (planned). */
  id: Scalars['ID']['input'];
  /** First day on site. */
  startsOn: Scalars['LocalDate']['input'];
};

/** The dates agreed for a requested review's visit. */
export type ScheduleSafeguardingPeerReviewInput = {
  /** The review (requested). */
  id: Scalars['ID']['input'];
  /** First day on site (not before the request). */
  onSiteFrom: Scalars['LocalDate']['input'];
  /** Last day on site (not before the first). */
  onSiteTo: Scalars['LocalDate']['input'];
};

/** A saved set of metrics for a set of councils, read back as a matrix (LG Inform's scorecards). Its owner's until the LGA shares it with everyone. */
export type Scorecard = {
  __typename?: 'Scorecard';
  /**
   * The scorecard's councils, in row order.
   *
   * Confidentiality: PUBLIC. Reached only through a scorecard the caller may read.
   */
  councils: Array<Council>;
  /**
   * What the scorecard is for.
   *
   * Confidentiality: PUBLISHED — public once the LGA shares it; before that only the scorecard's owner (who saved it) and the LGA central team. The resolver applies it to each record.
   */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * The scorecard's identifier.
   *
   * Confidentiality: PUBLISHED — public once the LGA shares it; before that only the scorecard's owner (who saved it) and the LGA central team. The resolver applies it to each record.
   */
  id: Scalars['ID']['output'];
  /**
   * The matrix: one row per council, one cell per metric, for the period asked, the scorecard's, or each metric's latest.
   *
   * Confidentiality: PUBLIC. Reached only through a scorecard the caller may read.
   */
  matrix: Array<ScorecardRow>;
  /**
   * The scorecard's metrics, in column order; they may come from every board.
   *
   * Confidentiality: PUBLIC. Reached only through a scorecard the caller may read.
   */
  metrics: Array<Metric>;
  /**
   * The scorecard's name, unique among its owner's scorecards.
   *
   * Confidentiality: PUBLISHED — public once the LGA shares it; before that only the scorecard's owner (who saved it) and the LGA central team. The resolver applies it to each record.
   */
  name: Scalars['String']['output'];
  /**
   * The financial year it shows; null for each metric's latest.
   *
   * Confidentiality: PUBLISHED — public once the LGA shares it; before that only the scorecard's owner (who saved it) and the LGA central team. The resolver applies it to each record.
   */
  period?: Maybe<Scalars['String']['output']>;
  /**
   * Demonstration or recorded through the graph.
   *
   * Confidentiality: PUBLISHED — public once the LGA shares it; before that only the scorecard's owner (who saved it) and the LGA central team. The resolver applies it to each record.
   */
  provenance: Provenance;
  /**
   * Who saved it (from their token).
   *
   * Confidentiality: PERSONAL — only the scorecard's owner and the LGA central team (and partner systems with corporate:write).
   */
  savedBy?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the LGA has shared it with everyone; until then only its owner and the LGA read it.
   *
   * Confidentiality: PUBLISHED — public once the LGA shares it; before that only the scorecard's owner (who saved it) and the LGA central team. The resolver applies it to each record.
   */
  shared: Scalars['Boolean']['output'];
};


/** A saved set of metrics for a set of councils, read back as a matrix (LG Inform's scorecards). Its owner's until the LGA shares it with everyone. */
export type ScorecardMatrixArgs = {
  period?: InputMaybe<Scalars['String']['input']>;
};

/** One cell of a scorecard: one metric for one council. */
export type ScorecardCell = {
  __typename?: 'ScorecardCell';
  /**
   * The metric (the column).
   *
   * Confidentiality: PUBLIC.
   */
  metric: Metric;
  /**
   * The financial year shown.
   *
   * Confidentiality: PUBLIC.
   */
  period?: Maybe<Scalars['String']['output']>;
  /**
   * The value; null where none is recorded.
   *
   * Confidentiality: PUBLIC.
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One row of a scorecard: a council and its value of each metric, in the scorecard's metric order. */
export type ScorecardRow = {
  __typename?: 'ScorecardRow';
  /**
   * One cell per metric, in the scorecard's order.
   *
   * Confidentiality: PUBLIC.
   */
  cells: Array<ScorecardCell>;
  /**
   * The council (the row).
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
};

/** The external challenge of a self-assessment by peers from other councils. */
export type SelfAssessmentChallenge = {
  __typename?: 'SelfAssessmentChallenge';
  /**
   * The councils whose peers challenged the self-assessment (resolved by the corporate subgraph for names).
   *
   * Confidentiality: PUBLIC.
   */
  challengedBy: Array<Council>;
  /**
   * The peers' findings in brief.
   *
   * Confidentiality: PUBLIC.
   */
  findings?: Maybe<Scalars['String']['output']>;
  /**
   * When the peers held the challenge.
   *
   * Confidentiality: PUBLIC.
   */
  heldOn: Scalars['LocalDate']['output'];
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * What the peers concluded.
   *
   * Confidentiality: PUBLIC.
   */
  outcome: SelfAssessmentChallengeOutcome;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
};

/** What the peers concluded about the self-assessment. */
export type SelfAssessmentChallengeOutcome =
  /** The peers confirmed the council's own assessment. */
  | 'CONFIRMED'
  /** Confirmed, with areas for improvement the council had not named. */
  | 'CONFIRMED_WITH_ADDITIONS'
  /** The peers did not confirm the assessment; it needs revisiting. */
  | 'NOT_CONFIRMED';

/** The concern to share with partners (OPEN → SHARED). */
export type ShareConcernInput = {
  /** The concern's id. */
  id: Scalars['ID']['input'];
};

/** Learning a board shares from one of its records (a draft until published). */
export type ShareLearningInput = {
  /** The board sharing it: the caller must write for it. */
  board: Board;
  /** The council's GSS code. */
  council: Scalars['ID']['input'];
  /** The record it comes from. */
  source: GoodPracticeSourceInput;
  /** What was done and what others can learn from it. */
  summary: Scalars['String']['input'];
  /** What it is about. */
  theme: GoodPracticeTheme;
  /** A short title. */
  title: Scalars['String']['input'];
};

/** A scorecard the LGA shares with everyone. */
export type ShareScorecardInput = {
  /** The scorecard's id. */
  scorecard: Scalars['ID']['input'];
};

/** A scheduled peer challenge whose peer team is now on site. */
export type StartChildrensPeerChallengeVisitInput = {
  /** The peer challenge (scheduled). */
  id: Scalars['ID']['input'];
};

/** The challenge whose team is now on site (booked → on site). */
export type StartCorporatePeerChallengeOnSiteInput = {
  /** The challenge's id. */
  id: Scalars['ID']['input'];
};

/** A council's change of political control, opening its five no-cost days of member peer support. */
export type StartMemberPeerSupportInput = {
  /** When political control changed (e.g. the election's date). */
  changeOfControlOn: Scalars['LocalDate']['input'];
  /** Who holds control after. */
  controlAfter?: InputMaybe<Scalars['String']['input']>;
  /** Who held control before. */
  controlBefore?: InputMaybe<Scalars['String']['input']>;
  /** The council (ONS GSS code). */
  council: Scalars['ID']['input'];
};

/** A scheduled review whose peer team is now on site. */
export type StartSafeguardingPeerReviewVisitInput = {
  /** The review (scheduled). */
  id: Scalars['ID']['input'];
};

/** Agreed support that has begun. */
export type StartSupportInput = {
  /** The support record's id. */
  id: Scalars['ID']['input'];
  /** When it began, not in the future; today when not given. */
  startedOn?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** One of a council's ten statistical neighbours, nearest first. */
export type StatisticalNeighbour = {
  __typename?: 'StatisticalNeighbour';
  /**
   * The neighbouring council (its name and the rest come from the corporate subgraph).
   *
   * Confidentiality: PUBLIC.
   */
  council: Council;
  /**
   * Euclidean distance between the two councils' indicator z-scores (smaller is more alike).
   *
   * Confidentiality: PUBLIC.
   */
  distance: Scalars['Float']['output'];
  /**
   * 1 for the nearest.
   *
   * Confidentiality: PUBLIC.
   */
  rank: Scalars['Int']['output'];
};

/** A draft self-assessment the council submits for external challenge. */
export type SubmitChildrensSelfAssessmentInput = {
  /** The self-assessment (a draft). */
  id: Scalars['ID']['input'];
};

/** How many support records one board provides. */
export type SupportBoardCount = {
  __typename?: 'SupportBoardCount';
  /**
   * The board.
   *
   * Confidentiality: PUBLIC.
   */
  board: Board;
  /**
   * How many records, in any status.
   *
   * Confidentiality: PUBLIC.
   */
  count: Scalars['Int']['output'];
  /**
   * How many are in place (agreed or in progress).
   *
   * Confidentiality: PUBLIC.
   */
  inPlace: Scalars['Int']['output'];
};

/** Support warranting a formal improvement board, with its bespoke Terms of Engagement; one per concern. */
export type SupportEngagement = {
  __typename?: 'SupportEngagement';
  /**
   * The support engagement's identifier.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  id: Scalars['ID']['output'];
  /**
   * Always true: a support engagement is recorded where support warrants a formal improvement board.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  improvementBoard: Scalars['Boolean']['output'];
  /**
   * Demonstration or recorded through the graph.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  provenance: Provenance;
  /**
   * Proposed, agreed or concluded.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  status: SupportEngagementStatus;
  /**
   * The bespoke Terms of Engagement for this case.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  terms: TermsOfEngagement;
};

/** proposed → agreed → concluded; proposed → concluded when the terms are never agreed. */
export type SupportEngagementStatus =
  /** The council and partners have agreed the Terms of Engagement (agreeSupportEngagement). */
  | 'AGREED'
  /** The engagement has ended (concludeSupportEngagement); final. */
  | 'CONCLUDED'
  /** Recorded with its Terms of Engagement, not yet agreed (recordSupportEngagement). */
  | 'PROPOSED';

/** The support of a council or a region, counted (public), with the records for those who may read them. */
export type SupportInPlace = {
  __typename?: 'SupportInPlace';
  /**
   * Asked for or offered, not yet agreed or declined.
   *
   * Confidentiality: PUBLIC.
   */
  awaiting: Scalars['Int']['output'];
  /**
   * Every board with its counts, zeros included.
   *
   * Confidentiality: PUBLIC.
   */
  byBoard: Array<SupportBoardCount>;
  /**
   * Every status with its count, zeros included, in lifecycle order.
   *
   * Confidentiality: PUBLIC.
   */
  byStatus: Array<SupportStatusCount>;
  /**
   * How many councils have support in place (agreed or in progress).
   *
   * Confidentiality: PUBLIC.
   */
  councilsSupported: Scalars['Int']['output'];
  /**
   * Support in place: agreed or in progress.
   *
   * Confidentiality: PUBLIC.
   */
  inPlace: Scalars['Int']['output'];
  /**
   * The support records counted, oldest first.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, CIB and TEASC officers (and partner systems with a board's write scope), the principal adviser for the region; for one council, its own officers too.
   */
  records?: Maybe<Array<SupportRecord>>;
  /**
   * Every support record, in any status.
   *
   * Confidentiality: PUBLIC.
   */
  total: Scalars['Int']['output'];
};

/** What kind of support the sector offers a council. */
export type SupportKind =
  /** Support through the TEASC sign-off of a council rated adequate (TEASC). */
  | 'ADULTS_SIGN_OFF_SUPPORT'
  /** A corporate peer challenge (the LGA). */
  | 'CORPORATE_PEER_CHALLENGE'
  /** A formal improvement board with bespoke Terms of Engagement. */
  | 'IMPROVEMENT_BOARD'
  /** Member peer support, e.g. after a change of political control (the LGA). */
  | 'MEMBER_PEER_SUPPORT'
  /** Mentoring of a leader, lead member, chief executive or director. */
  | 'MENTORING'
  /** Anything else (the need says what). */
  | 'OTHER'
  /** A safeguarding peer review of children's services (the CIB). */
  | 'SAFEGUARDING_REVIEW';

/** How many of a region's councils are at one level of support. */
export type SupportLevelCount = {
  __typename?: 'SupportLevelCount';
  /**
   * How many of the region's upper-tier councils are at that level.
   *
   * Confidentiality: PUBLIC.
   */
  councils: Scalars['Int']['output'];
  /**
   * The CIB support level.
   *
   * Confidentiality: PUBLIC.
   */
  level: ChildrensSupportLevel;
};

/** A decision setting a council's level of children's services support; the latest is the council's level. */
export type SupportLevelDecision = {
  __typename?: 'SupportLevelDecision';
  /**
   * When it was decided.
   *
   * Confidentiality: PUBLIC.
   */
  decidedOn: Scalars['LocalDate']['output'];
  /**
   * The record's id in this board's service.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The level decided.
   *
   * Confidentiality: PUBLIC.
   */
  level: ChildrensSupportLevel;
  /**
   * Where this record comes from; DEMO records are not fact.
   *
   * Confidentiality: PUBLIC.
   */
  provenance: Provenance;
  /**
   * Why, in a sentence (e.g. the agreed package of support).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team and the CIB's officers (and partner systems with children:write).
   */
  reason?: Maybe<Scalars['String']['output']>;
};

/** Support in place for a council, from any of the three boards, not tied to a concern: asked for by the council or offered by a board, then agreed, started and completed (or declined, with a reason). Its detail is for the council, its principal adviser, the boards' officers and the LGA; counts of it are public (Council.supportInPlace, Region.supportInPlace). */
export type SupportRecord = {
  __typename?: 'SupportRecord';
  /**
   * When the council and the board agreed it.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  agreedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The board that provides the support.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  board: Board;
  /**
   * When it was completed.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  completedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The council supported.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  council: Council;
  /**
   * Why it was declined (required when it is).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  declineReason?: Maybe<Scalars['String']['output']>;
  /**
   * When it was declined.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  declinedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The support record's identifier.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  id: Scalars['ID']['output'];
  /**
   * What kind of support.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  kind: SupportKind;
  /**
   * What the council needs, in its own words (for an offer, as the board put it).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  need: Scalars['String']['output'];
  /**
   * Who offered it for the board (null for a request).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  offeredBy?: Maybe<Scalars['String']['output']>;
  /**
   * When a board offered it (null for a request).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  offeredOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Demonstration or recorded through the graph.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  provenance: Provenance;
  /**
   * Who asked for it for the council (null for an offer).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  requestedBy?: Maybe<Scalars['String']['output']>;
  /**
   * When the council asked for it (null for an offer).
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  requestedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * When it began.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  startedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * Where it stands: requested or offered, agreed, in progress, completed, or declined.
   *
   * Confidentiality: RESTRICTED — only the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope). Checked where the record is reached.
   */
  status: SupportStatus;
};

/** requested (by the council) or offered (by a board) → agreed → in progress → completed; or declined, with a reason. */
export type SupportStatus =
  /** Agreed between the council and the board (agreeSupport). */
  | 'AGREED'
  /** Done (completeSupport); final. */
  | 'COMPLETED'
  /** Declined before it was agreed, with the reason (declineSupport); final. */
  | 'DECLINED'
  /** Under way (startSupport): support in place. */
  | 'IN_PROGRESS'
  /** A board offered it (offerSupport): the council has yet to agree or decline. */
  | 'OFFERED'
  /** The council asked for it (requestSupport): a board has yet to agree or decline. */
  | 'REQUESTED';

/** How many support records are in one status. */
export type SupportStatusCount = {
  __typename?: 'SupportStatusCount';
  /**
   * How many records are in it.
   *
   * Confidentiality: PUBLIC.
   */
  count: Scalars['Int']['output'];
  /**
   * The status.
   *
   * Confidentiality: PUBLIC.
   */
  status: SupportStatus;
};

/** The bespoke Terms of Engagement of a support engagement: the approach agreed for this case. */
export type TermsOfEngagement = {
  __typename?: 'TermsOfEngagement';
  /**
   * The partners on the improvement board.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  partners: Array<Scalars['String']['output']>;
  /**
   * When it is reviewed, after the start.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  reviewOn: Scalars['LocalDate']['output'];
  /**
   * What the support covers and how it will work.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  scope: Scalars['String']['output'];
  /**
   * When it starts.
   *
   * Confidentiality: RESTRICTED — only the LGA central team, the principal adviser for the council's region, the council's own officers and partner systems with intelligence:read (once the council is aware). Checked where the record is reached.
   */
  startsOn: Scalars['LocalDate']['output'];
};

/** A page of Timeline items, in a stable order, read by cursor. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /**
   * The page's items, in order.
   *
   * Confidentiality: PUBLIC.
   */
  edges: Array<TimelineEdge>;
  /**
   * Whether there is more, and the cursor to continue from.
   *
   * Confidentiality: PUBLIC.
   */
  pageInfo: PageInfo;
};

/** One Timeline of a page, with the cursor to page on from it. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /**
   * Opaque: pass it as `after` to read the items that follow this one.
   *
   * Confidentiality: PUBLIC.
   */
  cursor: Scalars['String']['output'];
  /**
   * The Timeline.
   *
   * Confidentiality: PUBLIC.
   */
  node: TimelineEvent;
};

/** One dated event on a council's timeline: which board, what happened, when, and the record it belongs to. */
export type TimelineEvent = {
  __typename?: 'TimelineEvent';
  /**
   * The board whose record it is.
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  board: Board;
  /**
   * Names the event uniquely in the council's timeline (its record and step).
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  id: Scalars['ID']['output'];
  /**
   * What happened.
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  kind: TimelineEventKind;
  /**
   * The day it happened.
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  occurredOn: Scalars['LocalDate']['output'];
  /**
   * The id of the record it belongs to.
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  recordId: Scalars['ID']['output'];
  /**
   * The type of the record it belongs to, as the graph names it (e.g. SafeguardingPeerReview).
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  recordType: Scalars['String']['output'];
  /**
   * What happened, in one sentence a board member understands.
   *
   * Confidentiality: PUBLIC. Events of confidential records (concerns and their contacts) are left out for callers who may not read them.
   */
  summary: Scalars['String']['output'];
};

/** What happened on a council's timeline, named by the board's own step. */
export type TimelineEventKind =
  /** The council entered the TEASC sign-off process. */
  | 'ADULTS_SIGN_OFF_ENTERED'
  /** An element or confirmation of the sign-off was given. */
  | 'ADULTS_SIGN_OFF_EVIDENCE_GIVEN'
  /** The council was invited to present to the TEASC board. */
  | 'ADULTS_SIGN_OFF_INVITED_TO_PRESENT'
  /** The sign-off's subsidised peer challenge began on site. */
  | 'ADULTS_SIGN_OFF_PEER_CHALLENGE'
  /** The council presented to the TEASC board. */
  | 'ADULTS_SIGN_OFF_PRESENTED'
  /** The TEASC board recognised the council's progress. */
  | 'ADULTS_SIGN_OFF_RECOGNISED'
  /** A place at a children's leadership event (lead member induction, leadership academy). */
  | 'CHILDRENS_LEADERSHIP_PLACE'
  /** A children's services peer challenge ended. */
  | 'CHILDRENS_PEER_CHALLENGE_ENDED'
  /** A children's services peer challenge began. */
  | 'CHILDRENS_PEER_CHALLENGE_STARTED'
  /** Peers challenged the council's self-assessment of its children's services. */
  | 'CHILDRENS_SELF_ASSESSMENT_CHALLENGED'
  /** The CIB decided the council's level of children's services support. */
  | 'CHILDRENS_SUPPORT_LEVEL_DECIDED'
  /** A contact was made with the council about a concern (confidential, as concerns). */
  | 'CONCERN_CONTACT'
  /** The council was made aware of a concern (confidential, as concerns). */
  | 'CONCERN_COUNCIL_MADE_AWARE'
  /** A concern was raised (confidential: only for those who may read the council's concerns). */
  | 'CONCERN_RAISED'
  /** A corporate peer challenge was booked. */
  | 'CORPORATE_PEER_CHALLENGE_BOOKED'
  /** A corporate peer challenge was called off. */
  | 'CORPORATE_PEER_CHALLENGE_CANCELLED'
  /** The peers gave their feedback. */
  | 'CORPORATE_PEER_CHALLENGE_FEEDBACK_GIVEN'
  /** The council expressed interest in a corporate peer challenge. */
  | 'CORPORATE_PEER_CHALLENGE_INTEREST_EXPRESSED'
  /** The corporate peer challenge team arrived on site. */
  | 'CORPORATE_PEER_CHALLENGE_ON_SITE'
  /** The council published the peer challenge report. */
  | 'CORPORATE_PEER_CHALLENGE_REPORT_PUBLISHED'
  /** A subsidised place on a leadership programme, from the start of its financial year. */
  | 'LEADERSHIP_PLACE'
  /** The council published its local account of adult social care. */
  | 'LOCAL_ACCOUNT_PUBLISHED'
  /** A day of member peer support after a change of political control. */
  | 'MEMBER_PEER_SUPPORT_VISIT'
  /** The safeguarding peer review team arrived on site. */
  | 'SAFEGUARDING_REVIEW_ON_SITE'
  /** The safeguarding peer review reported. */
  | 'SAFEGUARDING_REVIEW_REPORTED'
  /** A safeguarding peer review was requested. */
  | 'SAFEGUARDING_REVIEW_REQUESTED'
  /** A safeguarding peer review request was withdrawn. */
  | 'SAFEGUARDING_REVIEW_WITHDRAWN'
  /** The council and the board agreed the support. */
  | 'SUPPORT_AGREED'
  /** The support was completed. */
  | 'SUPPORT_COMPLETED'
  /** The support was declined, with a reason. */
  | 'SUPPORT_DECLINED'
  /** A board offered the council support. */
  | 'SUPPORT_OFFERED'
  /** The council asked for support. */
  | 'SUPPORT_REQUESTED'
  /** The support began. */
  | 'SUPPORT_STARTED';

/** Changes to a draft local account; a field left out stays as it is. */
export type UpdateLocalAccountDraftInput = {
  /** How people who use services were engaged. */
  engagement?: InputMaybe<Scalars['String']['input']>;
  /** The draft's id. */
  id: Scalars['ID']['input'];
  /** Where it will be published. */
  link?: InputMaybe<Scalars['String']['input']>;
  /** Its priorities, in order: replaces them all. */
  priorities?: InputMaybe<Array<LocalAccountPriorityInput>>;
};

/** Who the caller's token says they are; anonymous without a token. */
export type Viewer = {
  __typename?: 'Viewer';
  /**
   * The regions of `regions` (a principal adviser's), as Region records: their councils, and through them their concerns.
   *
   * Confidentiality: PUBLIC.
   */
  adviserRegions: Array<Region>;
  /**
   * Whether the request carried a valid token.
   *
   * Confidentiality: PUBLIC.
   */
  authenticated: Scalars['Boolean']['output'];
  /**
   * GSS code of a council officer's council.
   *
   * Confidentiality: PUBLIC.
   */
  council?: Maybe<Scalars['ID']['output']>;
  /**
   * What the caller may do, read from the token against the graph's rules.
   *
   * Confidentiality: PUBLIC.
   */
  may: ViewerPermissions;
  /**
   * The name the token gives.
   *
   * Confidentiality: PUBLIC.
   */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * Region codes a principal adviser covers.
   *
   * Confidentiality: PUBLIC.
   */
  regions: Array<Scalars['ID']['output']>;
  /**
   * The roles the token grants.
   *
   * Confidentiality: PUBLIC.
   */
  roles: Array<Role>;
  /**
   * What a partner system may do.
   *
   * Confidentiality: PUBLIC.
   */
  scopes: Array<Scalars['String']['output']>;
  /**
   * The token's subject.
   *
   * Confidentiality: PUBLIC.
   */
  subject?: Maybe<Scalars['ID']['output']>;
};

/** What the caller may do, as the graph's rules read their token (row-level rules still apply to each record). */
export type ViewerPermissions = {
  __typename?: 'ViewerPermissions';
  /**
   * The council whose local account the caller may publish as one of its officers.
   *
   * Confidentiality: PUBLIC.
   */
  publishLocalAccountOf?: Maybe<Scalars['ID']['output']>;
  /**
   * May raise concerns about any council (the central team, or a partner with intelligence:write).
   *
   * Confidentiality: PUBLIC.
   */
  raiseConcernsEverywhere: Scalars['Boolean']['output'];
  /**
   * Regions in whose councils the caller may raise concerns and record contacts.
   *
   * Confidentiality: PUBLIC.
   */
  raiseConcernsInRegions: Array<Scalars['ID']['output']>;
  /**
   * May read the boards' audit trails (the LGA central team).
   *
   * Confidentiality: PUBLIC.
   */
  readAuditTrail: Scalars['Boolean']['output'];
  /**
   * May read counts of concerns by region and severity (never their content).
   *
   * Confidentiality: PUBLIC.
   */
  readConcernCounts: Scalars['Boolean']['output'];
  /**
   * May read the concerns about every council (the LGA central team; partners: once each council is aware).
   *
   * Confidentiality: PUBLIC.
   */
  readConcernsEverywhere: Scalars['Boolean']['output'];
  /**
   * Regions in whose councils the caller may read concerns (a principal adviser's regions).
   *
   * Confidentiality: PUBLIC.
   */
  readConcernsInRegions: Array<Scalars['ID']['output']>;
  /**
   * The council whose concerns the caller may read as one of its officers.
   *
   * Confidentiality: PUBLIC.
   */
  readConcernsOfCouncil?: Maybe<Scalars['ID']['output']>;
  /**
   * The boards whose records the caller may write: corporate, children, adults.
   *
   * Confidentiality: PUBLIC.
   */
  writeBoards: Array<Scalars['String']['output']>;
};

/** The councils of one or more regions ranked by their early warning: the most urgent level first, then the most signals. */
export type Watchlist = {
  __typename?: 'Watchlist';
  /**
   * The councils of those regions, the most urgent level first, then the most signals, then by name.
   *
   * Confidentiality: PUBLIC. signals derived from concerns are included (and counted) only for callers who may read the council's concerns
   */
  councils: Array<Council>;
  /**
   * The regions covered and the length asked for, e.g. E12000009+E12000008/10.
   *
   * Confidentiality: PUBLIC.
   */
  id: Scalars['ID']['output'];
  /**
   * The regions the watchlist covers.
   *
   * Confidentiality: PUBLIC.
   */
  regions: Array<Region>;
};

/** The concern to withdraw (OPEN or SHARED → WITHDRAWN). */
export type WithdrawConcernInput = {
  /** The concern's id. */
  id: Scalars['ID']['input'];
};

/** A request the council withdrew before the visit. */
export type WithdrawSafeguardingPeerReviewInput = {
  /** The review (requested or scheduled). */
  id: Scalars['ID']['input'];
  /** When the council withdrew. */
  withdrawnOn: Scalars['LocalDate']['input'];
};

export type CreateLocalAccountMutationVariables = Exact<{
  input: CreateLocalAccountInput;
}>;


export type CreateLocalAccountMutation = { __typename?: 'Mutation', createLocalAccount: { __typename?: 'LocalAccount', id: string, year: number, status: LocalAccountStatus, provenance: Provenance } };

export type CouncilSingleViewQueryVariables = Exact<{
  code: Scalars['ID']['input'];
}>;


export type CouncilSingleViewQuery = { __typename?: 'Query', council?: { __typename?: 'Council', code: string, name: string, type: CouncilType, upperTier: boolean, childrensSupportLevel?: ChildrensSupportLevel | null, cqcRating2010?: CqcRating | null, region: { __typename?: 'Region', code: string, name: string }, principalAdviser?: { __typename?: 'Person', name: string, email?: string | null } | null, corporatePeerChallenges: Array<{ __typename?: 'CorporatePeerChallenge', id: string, status: CorporatePeerChallengeStatus }>, leadershipPlaces: Array<{ __typename?: 'LeadershipPlace', id: string }>, memberPeerSupport: Array<{ __typename?: 'MemberPeerSupport', id: string }>, concerns?: Array<{ __typename?: 'Concern', id: string }> | null, childrensSelfAssessments?: Array<{ __typename?: 'ChildrensSelfAssessment', id: string }> | null, childrensPeerChallenges?: Array<{ __typename?: 'ChildrensPeerChallenge', id: string, status: ChildrensPeerChallengeStatus }> | null, safeguardingPeerReviews?: Array<{ __typename?: 'SafeguardingPeerReview', id: string, status: SafeguardingPeerReviewStatus }> | null, localAccounts?: Array<{ __typename?: 'LocalAccount', id: string, year: number }> | null, adultsSignOff?: { __typename?: 'AdultsSignOff', status: AdultsSignOffStatus } | null } | null };

export type EnglandOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type EnglandOverviewQuery = { __typename?: 'Query', councils: Array<{ __typename?: 'Council', code: string, name: string, childrensSupportLevel?: ChildrensSupportLevel | null, region: { __typename?: 'Region', code: string }, corporatePeerChallenges: Array<{ __typename?: 'CorporatePeerChallenge', status: CorporatePeerChallengeStatus }>, safeguardingPeerReviews?: Array<{ __typename?: 'SafeguardingPeerReview', status: SafeguardingPeerReviewStatus }> | null, localAccounts?: Array<{ __typename?: 'LocalAccount', year: number }> | null, adultsSignOff?: { __typename?: 'AdultsSignOff', status: AdultsSignOffStatus } | null }> };

export type RegionOverviewQueryVariables = Exact<{
  region: Scalars['ID']['input'];
}>;


export type RegionOverviewQuery = { __typename?: 'Query', region?: { __typename?: 'Region', code: string, name: string, principalAdviser?: { __typename?: 'Person', name: string } | null, councils: Array<{ __typename?: 'Council', code: string, name: string, upperTier: boolean, childrensSupportLevel?: ChildrensSupportLevel | null, corporatePeerChallenges: Array<{ __typename?: 'CorporatePeerChallenge', status: CorporatePeerChallengeStatus }>, safeguardingPeerReviews?: Array<{ __typename?: 'SafeguardingPeerReview', status: SafeguardingPeerReviewStatus }> | null, childrensPeerChallenges?: Array<{ __typename?: 'ChildrensPeerChallenge', status: ChildrensPeerChallengeStatus }> | null, localAccounts?: Array<{ __typename?: 'LocalAccount', year: number }> | null, adultsSignOff?: { __typename?: 'AdultsSignOff', status: AdultsSignOffStatus } | null }> } | null };


export const CreateLocalAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLocalAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLocalAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLocalAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"}}]}}]}}]} as unknown as DocumentNode<CreateLocalAccountMutation, CreateLocalAccountMutationVariables>;
export const CouncilSingleViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CouncilSingleView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"upperTier"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"principalAdviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corporatePeerChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadershipPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberPeerSupport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrensSupportLevel"}},{"kind":"Field","name":{"kind":"Name","value":"childrensSelfAssessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrensPeerChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingPeerReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cqcRating2010"}},{"kind":"Field","name":{"kind":"Name","value":"localAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adultsSignOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CouncilSingleViewQuery, CouncilSingleViewQueryVariables>;
export const EnglandOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnglandOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corporatePeerChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrensSupportLevel"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingPeerReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adultsSignOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EnglandOverviewQuery, EnglandOverviewQueryVariables>;
export const RegionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"principalAdviser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"councils"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"upperTier"}},{"kind":"Field","name":{"kind":"Name","value":"corporatePeerChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrensSupportLevel"}},{"kind":"Field","name":{"kind":"Name","value":"safeguardingPeerReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"childrensPeerChallenges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"localAccounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adultsSignOff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOverviewQuery, RegionOverviewQueryVariables>;