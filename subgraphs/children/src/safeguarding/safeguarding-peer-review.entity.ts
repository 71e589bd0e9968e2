import { LocalDate, Provenance, Public, Restricted } from "@sli/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ChildrensSupportLevel } from "../council/council.enums";
import { COUNCIL_WORK_READERS } from "../confidentiality";
import { SafeguardingPeerReviewStatus } from "./safeguarding-peer-review.enums";

/** The review's fixed national focus: less flexible than corporate peer challenge, because safeguarding is high risk. */
export const SAFEGUARDING_FOCUS =
  "Safeguarding and looked after children: the effectiveness of front-line practice, management oversight, partnership working and leadership of safeguarding";

@ObjectType({ description: "A national, no-cost children's safeguarding peer review with a fixed focus." })
// An entity, so that the good practice library (corporate) refers to it as the source of an item.
@Directive('@key(fields: "id")')
@Entity({ name: "safeguarding_peer_review" })
export class SafeguardingPeerReview {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  /** The council's code while open (unique: one open review per council), else null. */
  @Column({ name: "open_council_code", type: "varchar", length: 9, nullable: true })
  openCouncilCode!: string | null;

  @Public()
  @Field(() => SafeguardingPeerReviewStatus, { description: "Where the review stands in its lifecycle." })
  @Column({ type: "varchar", length: 10 })
  status!: SafeguardingPeerReviewStatus;

  @Public()
  @Field(() => LocalDate, { description: "When the council requested it: orders the queue within a support level." })
  @Column({ name: "requested_on", type: "varchar", length: 10 })
  requestedOn!: string;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "First day on site, once scheduled." })
  @Column({ name: "on_site_from", type: "varchar", length: 10, nullable: true })
  onSiteFrom!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "Last day on site, once scheduled." })
  @Column({ name: "on_site_to", type: "varchar", length: 10, nullable: true })
  onSiteTo!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When it reported: a delivered review." })
  @Column({ name: "reported_on", type: "varchar", length: 10, nullable: true })
  reportedOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When the council withdrew." })
  @Column({ name: "withdrawn_on", type: "varchar", length: 10, nullable: true })
  withdrawnOn!: string | null;

  @Restricted(COUNCIL_WORK_READERS)
  @Field(() => String, { nullable: true, description: "What was discussed with the council within the fixed focus." })
  @Column({ name: "local_emphasis", type: "varchar", length: 500, nullable: true })
  localEmphasis!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A request waiting in the safeguarding peer review queue, with its place." })
export class SafeguardingQueueEntry {
  @Public()
  @Field(() => Int, { description: "Place in the queue, from 1." })
  position!: number;

  @Public()
  @Field(() => ChildrensSupportLevel, { description: "The council's support level now: targeted, then early, then universal." })
  supportLevel!: ChildrensSupportLevel;

  @Public()
  @Field(() => SafeguardingPeerReview, { description: "The requested review." })
  review!: SafeguardingPeerReview;
}

@ObjectType({ description: "Safeguarding peer reviews counted by status, nationally." })
export class SafeguardingPeerReviewSummary {
  @Public()
  @Field(() => Int, { description: "Delivered (reported)." })
  delivered!: number;

  @Public()
  @Field(() => Int, { description: "Waiting in the queue." })
  requested!: number;

  @Public()
  @Field(() => Int, { description: "Scheduled." })
  scheduled!: number;

  @Public()
  @Field(() => Int, { description: "On site now." })
  onSite!: number;

  @Public()
  @Field(() => Int, { description: "Withdrawn." })
  withdrawn!: number;

  @Public()
  @Field(() => Int, { description: "What a review costs the council: nothing." })
  costToCouncil!: number;
}
