import { ownerOf, Provenance, Public, Published, LocalDate } from "@sli/shared";
import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { AdultsEvidenceKind, AdultsEvidenceOutcome, AdultsSignOffStatus } from "./sign-off.enums";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { RECOGNISED_BY_THE_BOARD, SIGN_OFF_READERS } from "../confidentiality";

@ObjectType({ description: "The TEASC sign-off of a council rated adequate by the CQC in 2009-10." })
// An entity, so that the good practice library (corporate) refers to it as the source of an item.
@Directive('@key(fields: "id")')
@Entity({ name: "adults_sign_off" })
export class AdultsSignOff {
  @Public()
  @Field(() => ID, { description: "The sign-off's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "ONS GSS code of the council." })
  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  /** Always ADEQUATE: with the council code, the foreign key that keeps the council's rating adequate. */
  @Column({ name: "cqc_rating_2010", type: "varchar", length: 20 })
  cqcRating2010!: string;

  @Public()
  @Field(() => AdultsSignOffStatus, { description: "Where the council is in the sign-off." })
  @Column({ type: "varchar", length: 20 })
  status!: AdultsSignOffStatus;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When it entered the programme; null where the source does not say." })
  @Column({ name: "entered_on", type: "varchar", length: 10, nullable: true })
  enteredOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When it was invited to present to the TEASC board." })
  @Column({ name: "invited_on", type: "varchar", length: 10, nullable: true })
  invitedOn!: string | null;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When it presented to the board." })
  @Column({ name: "presented_on", type: "varchar", length: 10, nullable: true })
  presentedOn!: string | null;

  @Public()
  @Field({
    description:
      "True for demonstration records that fill the programme to the CQC's seven: the four councils they pick are illustrative, not named by any source.",
  })
  @Column({ type: "boolean", default: false })
  illustrative!: boolean;

  @Public()
  @Field(() => String, { nullable: true, description: "What the record rests on, or for an illustrative one, why it is not fact." })
  @Column({ type: "varchar", length: 500, nullable: true })
  note!: string | null;

  /** Bumped by every write to the sign-off: the row lock that serialises writes to one council's sign-off. */
  @Column({ type: "integer", default: 1 })
  version!: number;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "The subsidised peer challenge of a council in the sign-off programme." })
@Entity({ name: "adults_peer_challenge" })
export class AdultsPeerChallenge {
  @Public()
  @Field(() => ID, { description: "The peer challenge's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "sign_off_id", type: "integer" })
  signOffId!: number;

  @Public()
  @Field(() => LocalDate, { description: "First day on site." })
  @Column({ name: "on_site_from", type: "varchar", length: 10 })
  onSiteFrom!: string;

  @Public()
  @Field(() => LocalDate, { description: "Last day on site." })
  @Column({ name: "on_site_to", type: "varchar", length: 10 })
  onSiteTo!: string;

  @Public()
  @Field({ description: "The lead peer." })
  @Column({ name: "lead_peer", type: "varchar", length: 200 })
  leadPeer!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "What the council asked the peers to focus on." })
  @Column({ type: "varchar", length: 1000, nullable: true })
  focus!: string | null;

  @Public()
  @Field({ description: "Always true: the programme subsidises the peer challenge of each council rated adequate." })
  get subsidised(): boolean {
    return true;
  }

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "One of the three core elements or two confirmations, with its date, author and outcome." })
@Entity({ name: "adults_sign_off_evidence" })
export class AdultsSignOffEvidence {
  @Public()
  @Field(() => ID, { description: "The evidence's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "sign_off_id", type: "integer" })
  signOffId!: number;

  @Public()
  @Field(() => AdultsEvidenceKind, { description: "Which element or confirmation it is." })
  @Column({ type: "varchar", length: 40 })
  kind!: AdultsEvidenceKind;

  /** The sign-off's id while this is the current evidence of its kind; null once re-recorded. */
  @Column({ name: "current_sign_off_id", type: "integer", nullable: true })
  currentSignOffId!: number | null;

  @Public()
  @Field(() => LocalDate, { description: "When it was given." })
  @Column({ name: "given_on", type: "varchar", length: 10 })
  givenOn!: string;

  @Published(RECOGNISED_BY_THE_BOARD, SIGN_OFF_READERS, { owner: ownerOf })
  @Field({ nullable: true, description: "Who gave it (name and role)." })
  @Column({ type: "varchar", length: 200 })
  author!: string;

  @Public()
  @Field(() => AdultsEvidenceOutcome, { description: "Whether it supports sign-off." })
  @Column({ type: "varchar", length: 30 })
  outcome!: AdultsEvidenceOutcome;

  @Published(RECOGNISED_BY_THE_BOARD, SIGN_OFF_READERS, { owner: ownerOf })
  @Field(() => String, { nullable: true, description: "What it says, in short." })
  @Column({ type: "varchar", length: 2000, nullable: true })
  summary!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "The TEASC board's recognition of a council's progress: the sign-off itself." })
@Entity({ name: "adults_recognition" })
export class AdultsRecognition {
  @Public()
  @Field(() => ID, { description: "The recognition's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "sign_off_id", type: "integer" })
  signOffId!: number;

  /** As the source gives it: a day (YYYY-MM-DD), or only the month (YYYY-MM); read through `recognisedOn` and `recognisedOnPrecision`. */
  @Column({ name: "recognised_on", type: "varchar", length: 10 })
  recognisedOn!: string;

  @Public()
  @Field(() => LocalDate, { description: "The last day by which the recognition is known to have happened: what adultsRecognisedBy compares." })
  @Column({ name: "known_by", type: "varchar", length: 10 })
  knownBy!: string;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A point of learning the board identified to share from a council's improvement." })
@Entity({ name: "adults_learning" })
export class AdultsLearning {
  @Public()
  @Field(() => ID, { description: "The learning point's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "recognition_id", type: "integer" })
  recognitionId!: number;

  @Public()
  @Field(() => Int, { description: "Its place in the list (1 first)." })
  @Column({ type: "integer" })
  position!: number;

  @Public()
  @Field({ description: "The learning to share." })
  @Column({ type: "varchar", length: 1000 })
  learning!: string;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}
