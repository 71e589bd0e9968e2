import { Provenance, Public } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "A named contact: an LGA principal adviser, an officer of a board, a peer." })
@Directive('@key(fields: "id")')
@Entity({ name: "person" })
export class Person {
  @Public()
  @Field(() => ID, { description: "The person's id in the LGA's contact list." })
  @PrimaryColumn({ type: "varchar", length: 64 })
  id!: string;

  @Public()
  @Field(() => String, { description: "The person's name, as the LGA published it." })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Public()
  @Field(() => String, { nullable: true, description: "Their job title, where published." })
  @Column({ type: "varchar", length: 160, nullable: true })
  title!: string | null;

  @Public()
  @Field(() => String, { nullable: true, description: "The organisation they work for (the LGA, a council, a partner)." })
  @Column({ type: "varchar", length: 120, nullable: true })
  organisation!: string | null;

  // Exposed through PersonResolver.email: public only where the address was published.
  @Column({ type: "varchar", length: 160, nullable: true })
  email!: string | null;

  @Public()
  @Field(() => Provenance, { description: "REFERENCE for the contacts named in the LGA's 2012 offer; DEMO or RECORDED for peers added since." })
  @Column({ type: "varchar", length: 10, default: Provenance.REFERENCE })
  provenance!: Provenance;
}
