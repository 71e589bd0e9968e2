import { LocalDate, ownerOf, Provenance, Public, Published, Restricted } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { CHALLENGE_READERS, REPORT_PUBLISHED } from "./corporate-peer-challenge.rules";
import { CorporatePeerChallengeComponent, CorporatePeerChallengeSatisfaction, CorporatePeerChallengeStatus, PeerRole } from "./corporate-peer-challenge.enums";

/** The offer's no-cost window: three years from 1 June 2011 (the value the unique index holds). */
export const NO_COST_WINDOW = "2011/14";

@ObjectType({ description: "A corporate peer challenge: offered at no cost to every council once in the three years from June 2011." })
@Entity({ name: "corporate_peer_challenge" })
@Index("cpc_council", ["councilCode"])
@Index("cpc_status", ["status"])
@Index("cpc_one_no_cost_per_council", ["councilCode", "noCostWindow"], { unique: true })
export class CorporatePeerChallenge {
  @Public()
  @Field(() => ID, { description: "The challenge's id in the corporate subgraph." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Public()
  @Field(() => CorporatePeerChallengeStatus, { description: "Where the challenge is in its lifecycle." })
  @Column({ type: "varchar", length: 20 })
  status!: CorporatePeerChallengeStatus;

  @Public()
  @Field(() => Boolean, { description: "True for the council's one no-cost challenge under the LGA offer (2011/12 to 2013/14)." })
  @Column({ name: "no_cost", type: "boolean" })
  noCost!: boolean;

  /** '2011/14' while this is the council's live no-cost challenge; NULL otherwise (the unique index's key). */
  @Column({ name: "no_cost_window", type: "varchar", length: 7, nullable: true })
  noCostWindow!: string | null;

  @Public()
  @Field(() => LocalDate, { description: "When the council expressed interest." })
  @Column({ name: "interest_expressed_on", type: "varchar", length: 10 })
  interestExpressedOn!: string;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When the on-site dates were booked." })
  @Column({ name: "booked_on", type: "varchar", length: 10, nullable: true })
  bookedOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "First day of the team's time on site." })
  @Column({ name: "on_site_from", type: "varchar", length: 10, nullable: true })
  onSiteFrom!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "Last day of the team's time on site." })
  @Column({ name: "on_site_to", type: "varchar", length: 10, nullable: true })
  onSiteTo!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When the team gave its feedback: the challenge is delivered from then." })
  @Column({ name: "feedback_given_on", type: "varchar", length: 10, nullable: true })
  feedbackGivenOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When the report was published." })
  @Column({ name: "report_published_on", type: "varchar", length: 10, nullable: true })
  reportPublishedOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When the challenge was cancelled." })
  @Column({ name: "cancelled_on", type: "varchar", length: 10, nullable: true })
  cancelledOn!: string | null;

  @Public()
  @Field(() => CorporatePeerChallengeStatus, { nullable: true, description: "The state the challenge was in when it was cancelled." })
  @Column({ name: "cancelled_from", type: "varchar", length: 20, nullable: true })
  cancelledFrom!: CorporatePeerChallengeStatus | null;

  @Restricted(CHALLENGE_READERS)
  @Field(() => String, { nullable: true, description: "Why it was cancelled, as recorded." })
  @Column({ name: "cancellation_reason", type: "varchar", length: 500, nullable: true })
  cancellationReason!: string | null;

  @Column({ name: "leadership_findings", type: "text", nullable: true })
  leadershipFindings!: string | null;

  @Column({ name: "corporate_capacity_findings", type: "text", nullable: true })
  corporateCapacityFindings!: string | null;

  @Column({ name: "financial_resilience_findings", type: "text", nullable: true })
  financialResilienceFindings!: string | null;

  @Published(REPORT_PUBLISHED, CHALLENGE_READERS)
  @Field(() => CorporatePeerChallengeSatisfaction, { nullable: true, description: "The council's overall satisfaction, once it has said." })
  @Column({ type: "varchar", length: 20, nullable: true })
  satisfaction!: CorporatePeerChallengeSatisfaction | null;

  @Published(REPORT_PUBLISHED, CHALLENGE_READERS)
  @Field(() => Boolean, { nullable: true, description: "Whether the council would recommend a peer challenge to another authority." })
  @Column({ name: "would_recommend", type: "boolean", nullable: true })
  wouldRecommend!: boolean | null;

  @Public()
  @Field(() => String, { nullable: true, description: "Where the published report is (set when the report is published)." })
  @Column({ name: "report_url", type: "varchar", length: 300, nullable: true })
  reportUrl!: string | null;

  @Public()
  @Field(() => Provenance, { description: "DEMO for demonstration records, RECORDED for those written through the graph." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "What the team found on one of the three core components." })
export class CoreComponentFindings {
  @Public()
  @Field(() => CorporatePeerChallengeComponent, { description: "The core component." })
  component!: CorporatePeerChallengeComponent;

  @Published(REPORT_PUBLISHED, CHALLENGE_READERS, { owner: ownerOf })
  @Field(() => String, { nullable: true, description: "The team's findings; null until feedback is given." })
  findings!: string | null;
}

@ObjectType({ description: "A local focus area the council chose for its peer challenge, with the team's findings on it." })
@Entity({ name: "corporate_peer_challenge_focus_area" })
@Index("cpc_focus_area_position", ["challengeId", "position"], { unique: true })
export class CorporatePeerChallengeFocusArea {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "challenge_id", type: "integer" })
  challengeId!: number;

  @Public()
  @Field(() => Int, { description: "Its place in the council's list, from 1." })
  @Column({ type: "integer" })
  position!: number;

  @Public()
  @Field(() => String, { description: "The focus area, in the council's words." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Published(REPORT_PUBLISHED, CHALLENGE_READERS, { owner: ownerOf })
  @Field(() => String, { nullable: true, description: "The team's findings; null until feedback is given." })
  @Column({ type: "text", nullable: true })
  findings!: string | null;

  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A peer on a corporate peer challenge team." })
@Entity({ name: "corporate_peer_challenge_peer" })
@Index("cpc_peer_once_per_team", ["challengeId", "personId"], { unique: true })
@Index("cpc_peer_person", ["personId"])
export class CorporatePeerChallengePeer {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "challenge_id", type: "integer" })
  challengeId!: number;

  @Column({ name: "person_id", type: "varchar", length: 64 })
  personId!: string;

  @Public()
  @Field(() => PeerRole, { description: "Their place on the team." })
  @Column({ type: "varchar", length: 24 })
  role!: PeerRole;

  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

export const corporatePeerChallengeEntities = [CorporatePeerChallenge, CorporatePeerChallengeFocusArea, CorporatePeerChallengePeer];
