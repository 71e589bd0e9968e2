import { Public, SHARED_ENTITY_DESCRIPTIONS } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, PrimaryColumn } from "typeorm";

@ObjectType({ description: SHARED_ENTITY_DESCRIPTIONS.region })
@Directive('@key(fields: "code")')
@Entity({ name: "region" })
export class Region {
  @Public()
  @Field(() => ID, { description: SHARED_ENTITY_DESCRIPTIONS.regionCode })
  @PrimaryColumn({ type: "varchar", length: 9 })
  code!: string;

  @Public()
  @Field(() => String, { description: "The region's name (ONS)." })
  @Column({ type: "varchar", length: 60 })
  name!: string;

  @Column({ name: "principal_adviser_id", type: "varchar", length: 64, nullable: true })
  principalAdviserId!: string | null;
}
