import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "Confidential, evidence-based intelligence about a risk of significant underperformance." })
export class Concern {
  @Field(() => ID)
  id!: string;
}
