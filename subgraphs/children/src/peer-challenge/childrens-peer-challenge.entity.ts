import { LocalDate, Provenance, Public, publishedFigure } from "@sli/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { ChildrensPeerChallengeStatus } from "./childrens-peer-challenge.enums";

/** Councils agreed to give five days of a director of children's services' time to each peer challenge. */
export const DCS_DAYS_AGREED = 5;

/** The CIB's target: every upper-tier council engaged in peer challenge by this date (the toolkit's published figures). */
export const ALL_ENGAGED_BY = publishedFigure("childrens_peer_challenge_all_engaged_by").value;

@ObjectType({ description: "A model of children's services peer challenge developed by the councils of one region." })
@Entity({ name: "peer_challenge_model" })
export class PeerChallengeModel {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "The ONS code of the region whose councils use it." })
  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Public()
  @Field({ description: "The model's name in its region." })
  @Column({ type: "varchar", length: 160 })
  name!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "How the model works." })
  @Column({ type: "text", nullable: true })
  description!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A children's services peer challenge under its region's model, with five days of a DCS's time." })
// An entity, so that the good practice library (corporate) refers to it as the source of an item.
@Directive('@key(fields: "id")')
@Entity({ name: "childrens_peer_challenge" })
export class ChildrensPeerChallenge {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  /** The council's code while not cancelled (unique: one live peer challenge per council), else null. */
  @Column({ name: "live_council_code", type: "varchar", length: 9, nullable: true })
  liveCouncilCode!: string | null;

  @Column({ name: "model_id", type: "integer" })
  modelId!: number;

  @Column({ name: "lead_peer_id", type: "integer", nullable: true })
  leadPeerId!: number | null;

  @Public()
  @Field(() => ChildrensPeerChallengeStatus, { description: "Where the peer challenge stands in its lifecycle." })
  @Column({ type: "varchar", length: 10 })
  status!: ChildrensPeerChallengeStatus;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "First day on site, once scheduled." })
  @Column({ name: "starts_on", type: "varchar", length: 10, nullable: true })
  startsOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "Last day on site, once scheduled." })
  @Column({ name: "ends_on", type: "varchar", length: 10, nullable: true })
  endsOn!: string | null;

  @Public()
  @Field(() => Int, { nullable: true, description: "Days of directors of children's services' time actually given, recorded at completion." })
  @Column({ name: "dcs_days_given", type: "integer", nullable: true })
  dcsDaysGiven!: number | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@Entity({ name: "childrens_peer_challenge_team" })
export class PeerChallengeTeamMembership {
  @Column({ name: "challenge_id", type: "integer", primary: true })
  challengeId!: number;

  @Column({ name: "person_id", type: "integer", primary: true })
  personId!: number;

  @Column({ type: "varchar", length: 120, nullable: true })
  role!: string | null;
}

@ObjectType({ description: "How far peer challenge has reached the upper-tier councils of an area against the target of all by 31 December 2012." })
export class PeerChallengeCoverage {
  @Public()
  @Field(() => Int, { description: "Upper-tier councils in the area (those with children's services)." })
  upperTierCouncils!: number;

  @Public()
  @Field(() => Int, { description: "Councils engaged: with a peer challenge planned, scheduled, on site or completed." })
  engaged!: number;

  @Public()
  @Field(() => Int, { description: "Councils whose peer challenge is completed." })
  completed!: number;

  @Public()
  @Field(() => Int, { description: "Councils not yet engaged." })
  notYetEngaged!: number;

  @Public()
  @Field({ description: "The share engaged, 0 to 1." })
  shareEngaged!: number;

  @Public()
  @Field(() => LocalDate, { description: "The date by which all councils are to be engaged: 2012-12-31." })
  targetDate!: string;

  @Public()
  @Field({ description: "True when every upper-tier council in the area is engaged." })
  targetMet!: boolean;
}

@ObjectType({ description: "A region's peer challenge coverage." })
export class RegionPeerChallengeCoverage extends PeerChallengeCoverage {
  @Public()
  @Field(() => ID, { description: "The region's ONS code (its name comes from the corporate subgraph through Region)." })
  regionCode!: string;
}

@ObjectType({ description: "Peer challenge coverage for England and for each of the nine regions." })
export class NationalPeerChallengeCoverage {
  @Public()
  @Field(() => PeerChallengeCoverage, { description: "All upper-tier councils of England." })
  england!: PeerChallengeCoverage;

  @Public()
  @Field(() => [RegionPeerChallengeCoverage], { description: "Each region, in region code order." })
  regions!: RegionPeerChallengeCoverage[];
}

@ObjectType({ description: "A member of a peer challenge team." })
export class PeerChallengeTeamMember {
  personId!: number;

  @Public()
  @Field(() => String, { nullable: true, description: "Their part in the team (e.g. peer DCS, lead member peer)." })
  role!: string | null;
}
