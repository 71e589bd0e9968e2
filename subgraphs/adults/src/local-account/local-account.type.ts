import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A council's published annual self-assessment of its adult social care (its \"local account\")." })
export class LocalAccount {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: "The year the local account reports on." })
  year!: number;
}
