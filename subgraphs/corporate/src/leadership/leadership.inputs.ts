import { BoundedBy, LocalDate } from "@sli/shared";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit } from "./leadership.entity";
import { LeadershipProgramme } from "./leadership.enums";

@ArgsType()
export class LeadershipPlacesArgs {
  @Field(() => String, { nullable: true, description: "Only places in this financial year, e.g. 2012/13." })
  financialYear?: string;

  @Field(() => ID, { nullable: true, description: "Only the places of this region's councils (ONS region code)." })
  region?: string;

  @Field(() => LeadershipProgramme, { nullable: true, description: "Only places on this programme." })
  programme?: LeadershipProgramme;

  @Field(() => Boolean, { nullable: true, description: "Only subsidised (true) or unsubsidised (false) places." })
  subsidised?: boolean;
}

@ArgsType()
export class LeadershipOfferSummaryArgs {
  @Field(() => String, { description: "The financial year, e.g. 2011/12." })
  financialYear!: string;

  @Field(() => ID, { nullable: true, description: "One region (ONS region code); all England when left out." })
  region?: string;
}

@InputType({ description: "A place on one of the main leadership programmes." })
export class RecordLeadershipPlaceInput {
  @Field(() => ID, { description: "The council (ONS GSS code)." })
  council!: string;

  @Field(() => String, { description: "The financial year, e.g. 2012/13." })
  @BoundedBy(LeadershipPlace, "financialYear")
  financialYear!: string;

  @Field(() => LeadershipProgramme, { description: "The programme." })
  programme!: LeadershipProgramme;

  @Field(() => String, { description: "Who takes the place." })
  @BoundedBy(LeadershipPlace, "participantName")
  participantName!: string;

  @Field(() => String, { nullable: true, description: "Their role, e.g. Leader of the council." })
  @BoundedBy(LeadershipPlace, "participantRole")
  participantRole?: string;

  @Field(() => Boolean, { description: "Whether this is the council's subsidised place for the year (2012/13 to 2014/15 only)." })
  subsidised!: boolean;
}

@InputType({ description: "A council's change of political control, opening its five no-cost days of member peer support." })
export class StartMemberPeerSupportInput {
  @Field(() => ID, { description: "The council (ONS GSS code)." })
  council!: string;

  @Field(() => LocalDate, { description: "When political control changed (e.g. the election's date)." })
  @BoundedBy(MemberPeerSupport, "changeOfControlOn")
  changeOfControlOn!: string;

  @Field(() => String, { nullable: true, description: "Who held control before." })
  @BoundedBy(MemberPeerSupport, "controlBefore")
  controlBefore?: string;

  @Field(() => String, { nullable: true, description: "Who holds control after." })
  @BoundedBy(MemberPeerSupport, "controlAfter")
  controlAfter?: string;
}

@InputType({ description: "Days of member peer support given." })
export class RecordMemberPeerSupportDaysInput {
  @Field(() => ID, { description: "The member peer support case's id." })
  id!: string;

  @Field(() => LocalDate, { description: "When the support was given (the first day where several)." })
  @BoundedBy(MemberPeerSupportVisit, "visitedOn")
  visitedOn!: string;

  @Field(() => Int, { description: "Days used (1 to 5); the case can never pass five in all." })
  days!: number;

  @Field(() => String, { nullable: true, description: "What the support covered." })
  @BoundedBy(MemberPeerSupportVisit, "note")
  note?: string;
}
