import { Public } from "@sli/shared";
import { Field, ObjectType } from "type-graphql";
import { Council } from "../council/council.entity";
import { AdultsSignOff } from "./sign-off.entity";
import { AdultsSignOffStatus } from "./sign-off.enums";
import { AdultsSignOffRequirement } from "./sign-off.enums";

@ObjectType({ description: "A step or piece of evidence still missing on the way to recognition." })
export class AdultsMissingItem {
  @Public()
  @Field(() => AdultsSignOffRequirement, { description: "What is missing." })
  requirement!: AdultsSignOffRequirement;

  @Public()
  @Field(() => AdultsSignOffStatus, { description: "The status it is needed to reach." })
  neededFor!: AdultsSignOffStatus;

  @Public()
  @Field({ description: "What is missing, in words (says when evidence is recorded but does not support sign-off)." })
  description!: string;
}

@ObjectType({ description: "One council rated adequate, and how far its sign-off has come." })
export class AdultsSignOffProgress {
  @Public()
  @Field(() => Council, { description: "The council." })
  council!: Council;

  @Public()
  @Field(() => AdultsSignOffStatus, { nullable: true, description: "Its sign-off status; null before it enters the programme." })
  status!: AdultsSignOffStatus | null;

  @Public()
  @Field(() => AdultsSignOff, { nullable: true, description: "Its sign-off; null before it enters the programme." })
  signOff!: AdultsSignOff | null;

  @Public()
  @Field(() => [AdultsMissingItem], { description: "Everything still missing on the way to recognition; empty once recognised." })
  missing!: AdultsMissingItem[];
}
