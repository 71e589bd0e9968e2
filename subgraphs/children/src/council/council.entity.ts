import { Public, RegisteredCouncil, SHARED_ENTITY_DESCRIPTIONS } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ChildrensSupportLevel } from "./council.enums";

@ObjectType({ description: SHARED_ENTITY_DESCRIPTIONS.council })
@Directive('@key(fields: "code")')
@Entity({ name: "council" })
export class Council extends RegisteredCouncil {
  @Public()
  @Field(() => ID, { description: SHARED_ENTITY_DESCRIPTIONS.councilCode })
  override code!: string;

  @Public()
  @Field(() => ChildrensSupportLevel, {
    name: "childrensSupportLevel",
    nullable: true,
    description: "Null for shire districts, which have no children's services.",
  })
  @Column({ name: "support_level", type: "varchar", length: 20, nullable: true })
  supportLevel!: ChildrensSupportLevel | null;
}
