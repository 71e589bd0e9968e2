import { Public } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: "One of the nine English regions (ONS code), each covered by an LGA principal adviser." })
@Directive('@key(fields: "code")')
@Entity({ name: "region" })
export class Region {
  @Public()
  @Field(() => ID, { description: "ONS region code, E12000001 to E12000009." })
  @PrimaryColumn({ type: "varchar", length: 9 })
  code!: string;

  @Public()
  @Field(() => String)
  @Column({ type: "varchar", length: 60 })
  name!: string;

  @Column({ name: "principal_adviser_id", type: "varchar", length: 64, nullable: true })
  principalAdviserId!: string | null;
}
