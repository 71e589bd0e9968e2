import { BoundedBy } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { ChildrensPersonInput } from "../person/childrens-person.entity";
import { RegionalLead, RegionalLeadRole } from "./regional-lead.entity";

@InputType({ description: "A person nominated to one of a region's three regional lead roles." })
export class AssignRegionalLeadInput {
  @Field(() => ID, { description: "The region's ONS code." })
  region!: string;

  @Field(() => RegionalLeadRole, { description: "The role." })
  role!: RegionalLeadRole;

  @Field(() => ChildrensPersonInput, { description: "The person nominated." })
  person!: ChildrensPersonInput;

  @Field({ description: "When they take the role (YYYY-MM-DD)." })
  @BoundedBy(RegionalLead, "appointedOn")
  appointedOn!: string;
}
