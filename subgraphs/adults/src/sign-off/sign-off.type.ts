import { Field, ObjectType, registerEnumType } from "type-graphql";

export enum AdultsSignOffStatus {
  GATHERING_EVIDENCE = "GATHERING_EVIDENCE",
  INVITED_TO_PRESENT = "INVITED_TO_PRESENT",
  PRESENTED = "PRESENTED",
  RECOGNISED = "RECOGNISED",
}

registerEnumType(AdultsSignOffStatus, {
  name: "AdultsSignOffStatus",
  description: "Gathering the three core elements and two confirmations → invited to present to the board → presented → recognised.",
});

@ObjectType({ description: "The TEASC sign-off of a council rated adequate by the CQC in 2009-10." })
export class AdultsSignOff {
  @Field(() => AdultsSignOffStatus)
  status!: AdultsSignOffStatus;
}
