import { Provenance, Public } from "@sli/shared";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@ObjectType({ description: "The CIB's funding of a region's children's services improvement work for one financial year." })
@Entity({ name: "regional_funding" })
export class RegionalFunding {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "The region's ONS code." })
  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Public()
  @Field({ description: "The financial year, e.g. 2012/13." })
  @Column({ name: "financial_year", type: "varchar", length: 7 })
  financialYear!: string;

  @Public()
  @Field(() => Int, { description: "The amount, in whole pounds." })
  @Column({ name: "amount_pounds", type: "integer" })
  amountPounds!: number;

  @Public()
  @Field(() => [String], { description: "The priorities it funds (e.g. peer challenge between councils, early support)." })
  @Column({ type: "simple-json" })
  priorities!: string[];

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}
