import { BoundedBy, LocalDate, PartnerBoard } from "@sli/shared";
import { Field, ID, InputType } from "type-graphql";
import { SupportRecord } from "./support.entity";
import { SupportKind } from "./support.enums";

@InputType({ description: "A council's own request for support." })
export class RequestSupportInput {
  @Field(() => ID, { description: "The council's GSS code: the caller's own council." })
  council!: string;

  @Field(() => String, { description: "What the council needs, in its own words." })
  @BoundedBy(SupportRecord, "need")
  need!: string;

  @Field(() => PartnerBoard, { description: "The board asked to provide it." })
  board!: PartnerBoard;

  @Field(() => SupportKind, { description: "What kind of support." })
  kind!: SupportKind;

  @Field(() => LocalDate, { nullable: true, description: "When it was asked for, not in the future; today when not given." })
  @BoundedBy(SupportRecord, "requestedOn")
  requestedOn?: string;
}

@InputType({ description: "Support a board offers a council." })
export class OfferSupportInput {
  @Field(() => ID, { description: "The council's GSS code." })
  council!: string;

  @Field(() => String, { description: "What the support is for, as the board puts it to the council." })
  @BoundedBy(SupportRecord, "need")
  need!: string;

  @Field(() => PartnerBoard, { description: "The board that provides it." })
  board!: PartnerBoard;

  @Field(() => SupportKind, { description: "What kind of support." })
  kind!: SupportKind;

  @Field(() => LocalDate, { nullable: true, description: "When it was offered, not in the future; today when not given." })
  @BoundedBy(SupportRecord, "offeredOn")
  offeredOn?: string;
}

@InputType({ description: "Support requested or offered, now agreed between the council and the board." })
export class AgreeSupportInput {
  @Field(() => ID, { description: "The support record's id." })
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: "When it was agreed, not in the future; today when not given." })
  @BoundedBy(SupportRecord, "agreedOn")
  agreedOn?: string;
}

@InputType({ description: "Agreed support that has begun." })
export class StartSupportInput {
  @Field(() => ID, { description: "The support record's id." })
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: "When it began, not in the future; today when not given." })
  @BoundedBy(SupportRecord, "startedOn")
  startedOn?: string;
}

@InputType({ description: "Support under way that is completed." })
export class CompleteSupportInput {
  @Field(() => ID, { description: "The support record's id." })
  id!: string;

  @Field(() => LocalDate, { nullable: true, description: "When it was completed, not in the future; today when not given." })
  @BoundedBy(SupportRecord, "completedOn")
  completedOn?: string;
}

@InputType({ description: "Support requested or offered, declined, with the reason." })
export class DeclineSupportInput {
  @Field(() => ID, { description: "The support record's id." })
  id!: string;

  @Field(() => String, { description: "Why it is declined." })
  @BoundedBy(SupportRecord, "declineReason")
  reason!: string;

  @Field(() => LocalDate, { nullable: true, description: "When it was declined, not in the future; today when not given." })
  @BoundedBy(SupportRecord, "declinedOn")
  declinedOn?: string;
}
