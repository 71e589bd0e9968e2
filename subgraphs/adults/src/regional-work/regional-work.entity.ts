import { Provenance, Public, LocalDate } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { AdultsRegionalDeliverable } from "./regional-work.enums";
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "The ADASS regional branch through which TEASC develops improvement in a region." })
@Entity({ name: "adass_regional_branch" })
export class AdassRegionalBranch {
  @Public()
  @Field(() => ID, { description: "ONS code of the region." })
  @PrimaryColumn({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Public()
  @Field({ description: "The branch, named after its region." })
  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A workshop held in a region (supported by the TEASC board) on regional issues and priorities." })
@Entity({ name: "adults_regional_workshop" })
export class AdultsRegionalWorkshop {
  @Public()
  @Field(() => ID, { description: "The workshop's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "ONS code of the region." })
  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Public()
  @Field(() => LocalDate, {
    nullable: true,
    description: "When it was held; null for the reference records, whose source says only that it took place by 2012.",
  })
  @Column({ name: "held_on", type: "varchar", length: 10, nullable: true })
  heldOn!: string | null;

  @Public()
  @Field({ description: "What it discussed." })
  @Column({ type: "varchar", length: 500 })
  topic!: string;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "A region's priority for sector-led improvement in adult social care, and the board's funding for it." })
@Entity({ name: "adults_regional_priority" })
export class AdultsRegionalPriority {
  @Public()
  @Field(() => ID, { description: "The priority's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "ONS code of the region." })
  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Public()
  @Field({ description: "The financial year, e.g. 2012/13." })
  @Column({ name: "financial_year", type: "varchar", length: 7 })
  financialYear!: string;

  @Public()
  @Field(() => AdultsRegionalDeliverable, { description: "The kind of deliverable." })
  @Column({ type: "varchar", length: 40 })
  deliverable!: AdultsRegionalDeliverable;

  @Public()
  @Field({ description: "What the region will deliver." })
  @Column({ type: "varchar", length: 1000 })
  description!: string;

  @Public()
  @Field(() => Int, { nullable: true, description: "The TEASC board's funding for it, in pounds; null until agreed." })
  @Column({ name: "funding_pounds", type: "integer", nullable: true })
  fundingPounds!: number | null;

  @Public()
  @Field(() => Provenance, { description: "Where the record comes from; DEMO amounts are illustrative." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}
