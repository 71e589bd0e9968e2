import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A council's self-assessment of its children's services, opened to external challenge by peers." })
export class ChildrensSelfAssessment {
  @Field(() => ID)
  id!: string;
}
