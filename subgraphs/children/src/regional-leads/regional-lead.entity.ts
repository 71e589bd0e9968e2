import { LocalDate, Provenance, Public } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { RegionalLeadRole } from "./regional-lead.enums";

/** In the order the CIB names them. */
export const REGIONAL_LEAD_ROLES = [
  RegionalLeadRole.LEAD_MEMBER_FOR_CHILDREN,
  RegionalLeadRole.CHIEF_EXECUTIVE,
  RegionalLeadRole.DIRECTOR_OF_CHILDRENS_SERVICES,
] as const;

@ObjectType({ description: "A region's regional lead in one role: one person per role per region." })
@Entity({ name: "regional_lead" })
export class RegionalLead {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field(() => ID, { description: "The region's ONS code." })
  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Public()
  @Field(() => RegionalLeadRole, { description: "The role." })
  @Column({ type: "varchar", length: 40 })
  role!: RegionalLeadRole;

  @Column({ name: "person_id", type: "integer" })
  personId!: number;

  @Public()
  @Field(() => LocalDate, { description: "When they took the role." })
  @Column({ name: "appointed_on", type: "varchar", length: 10 })
  appointedOn!: string;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@ObjectType({ description: "One of a region's three regional lead roles, with whoever holds it (null while vacant)." })
export class RegionalLeadSlot {
  @Public()
  @Field(() => RegionalLeadRole, { description: "The role." })
  role!: RegionalLeadRole;

  @Public()
  @Field(() => RegionalLead, { nullable: true, description: "Who holds it; null while vacant." })
  lead!: RegionalLead | null;
}
