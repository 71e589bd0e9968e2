import { Public } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { ViewerPermissions } from "./viewer-permissions";
import { Role } from "./viewer.enums";

@ObjectType({ description: "Who the caller's token says they are; anonymous without a token." })
export class Viewer {
  @Public()
  @Field(() => Boolean, { description: "Whether the request carried a valid token." })
  authenticated!: boolean;

  @Public()
  @Field(() => ID, { nullable: true, description: "The token's subject." })
  subject?: string;

  @Public()
  @Field(() => String, { nullable: true, description: "The name the token gives." })
  name?: string;

  @Public()
  @Field(() => [Role], { description: "The roles the token grants." })
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
