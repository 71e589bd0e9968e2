import { BoundedBy, LocalDate } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { ChildrensPersonInput } from "../person/childrens-person.entity";
import { RegionalLead } from "./regional-lead.entity";
import { RegionalLeadRole } from "./regional-lead.enums";

@InputType({ description: "A person nominated to one of a region's three regional lead roles." })
export class AssignRegionalLeadInput {
  @Field(() => ID, { description: "The region's ONS code." })
  region!: string;

  @Field(() => RegionalLeadRole, { description: "The role." })
  role!: RegionalLeadRole;

  @Field(() => ChildrensPersonInput, { description: "The person nominated." })
  person!: ChildrensPersonInput;

  @Field(() => LocalDate, { description: "When they take the role." })
  @BoundedBy(RegionalLead, "appointedOn")
  appointedOn!: string;

  @Field(() => Boolean, { defaultValue: false, description: "Replace whoever holds the role now (default false: a taken role is refused with CONFLICT)." })
  replace!: boolean;
}
