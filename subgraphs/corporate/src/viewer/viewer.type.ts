import { Public, ROLES } from "@sli/shared";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { ViewerPermissions } from "./viewer-permissions";

export enum Role {
  PRINCIPAL_ADVISER = "PRINCIPAL_ADVISER",
  LGA_OFFICER = "LGA_OFFICER",
  CIB_OFFICER = "CIB_OFFICER",
  TEASC_OFFICER = "TEASC_OFFICER",
  BOARD_MEMBER = "BOARD_MEMBER",
  COUNCIL_OFFICER = "COUNCIL_OFFICER",
  PARTNER_SYSTEM = "PARTNER_SYSTEM",
  ANALYST = "ANALYST",
}
// The GraphQL enum and the toolkit's role list must never drift apart.
const drift = ROLES.filter((role) => !(role in Role));
if (drift.length) throw new Error(`Role enum is missing ${drift.join(", ")}`);

registerEnumType(Role, { name: "Role", description: "What a token says its holder is (contract: Authentication and roles)." });

@ObjectType({ description: "Who the caller's token says they are; anonymous without a token." })
export class Viewer {
  @Public()
  @Field(() => Boolean)
  authenticated!: boolean;

  @Public()
  @Field(() => ID, { nullable: true, description: "The token's subject." })
  subject?: string;

  @Public()
  @Field(() => String, { nullable: true })
  name?: string;

  @Public()
  @Field(() => [Role])
  roles!: Role[];

  @Public()
  @Field(() => [ID], { description: "Region codes a principal adviser covers." })
  regions!: string[];

  @Public()
  @Field(() => ID, { nullable: true, description: "GSS code of a council officer's council." })
  council?: string;

  @Public()
  @Field(() => [String], { description: "What a partner system may do." })
  scopes!: string[];

  @Public()
  @Field(() => ViewerPermissions, { description: "What the caller may do, read from the token against the graph's rules." })
  may!: ViewerPermissions;
}
