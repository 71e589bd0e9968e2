import { BoundedBy, Provenance, Public, Published } from "@sli/shared";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { CONTACT_READERS, PUBLISHED_CONTACT } from "../confidentiality";

@ObjectType({
  description: "A person in the CIB's own records: a regional lead or a peer. Not the corporate Person, which the LGA owns.",
})
@Entity({ name: "childrens_person" })
export class ChildrensPerson {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Public()
  @Field({ description: "The person's name." })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "Their post, e.g. Director of Children's Services." })
  @Column({ type: "varchar", length: 160, nullable: true })
  title!: string | null;

  @Public()
  @Field(() => String, { nullable: true, description: "The council or body they work for." })
  @Column({ type: "varchar", length: 160, nullable: true })
  organisation!: string | null;

  @Published(PUBLISHED_CONTACT, CONTACT_READERS)
  @Field(() => String, { nullable: true, description: "Their email address, where recorded." })
  @Column({ type: "varchar", length: 160, nullable: true })
  email!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Where this record comes from; DEMO records are not fact." })
  @Column({ type: "varchar", length: 10 })
  provenance!: Provenance;
}

@InputType({ description: "A person to record in the CIB's own records." })
export class ChildrensPersonInput {
  @Field({ description: "The person's name." })
  @BoundedBy(ChildrensPerson, "name")
  name!: string;

  @Field(() => String, { nullable: true, description: "Their post." })
  @BoundedBy(ChildrensPerson, "title")
  title?: string | null;

  @Field(() => String, { nullable: true, description: "The council or body they work for." })
  @BoundedBy(ChildrensPerson, "organisation")
  organisation?: string | null;

  @Field(() => String, { nullable: true, description: "Their email address." })
  @BoundedBy(ChildrensPerson, "email")
  email?: string | null;
}
