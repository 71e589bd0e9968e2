import { BoundedBy, LocalDate } from "@sli/shared";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { CorporatePeerChallenge, CorporatePeerChallengeFocusArea } from "./corporate-peer-challenge.entity";
import { CorporatePeerChallengeSatisfaction, CorporatePeerChallengeStatus, PeerRole } from "./corporate-peer-challenge.enums";
import { Person } from "../person/person.entity";

@ArgsType()
export class CorporatePeerChallengesArgs {
  @Field(() => CorporatePeerChallengeStatus, { nullable: true, description: "Only challenges in this state." })
  status?: CorporatePeerChallengeStatus;

  @Field(() => ID, { nullable: true, description: "Only the challenges of this region's councils (ONS region code)." })
  region?: string;

  @Field(() => ID, { nullable: true, description: "Only this council's challenges (ONS GSS code)." })
  council?: string;
}

@ArgsType()
export class CorporatePeerChallengeProgressArgs {
  @Field(() => ID, { nullable: true, description: "One region's progress (ONS region code); all England when left out." })
  region?: string;

  @Field(() => String, { defaultValue: "2011/12", description: "The financial year whose deliveries to count, written 2011/12." })
  financialYear!: string;
}

@InputType({ description: "Someone not yet in the graph, added as a person when they join a team." })
export class NewPersonInput {
  @Field(() => String, { description: "Their name as it should appear." })
  @BoundedBy(Person, "name")
  name!: string;

  @Field(() => String, { nullable: true, description: "E.g. Leader, Chief Executive." })
  @BoundedBy(Person, "title")
  title?: string;

  @Field(() => String, { nullable: true, description: "Their council or organisation." })
  @BoundedBy(Person, "organisation")
  organisation?: string;

  @Field(() => String, { nullable: true, description: "Work e-mail address." })
  @BoundedBy(Person, "email")
  email?: string;
}

@InputType({ description: "A peer on the team: a person already in the graph (personId) or a new one (newPerson), exactly one of them." })
export class PeerInput {
  @Field(() => ID, { nullable: true, description: "A person already in the graph." })
  personId?: string;

  @Field(() => NewPersonInput, { nullable: true, description: "A person to add to the graph." })
  newPerson?: NewPersonInput;

  @Field(() => PeerRole, { description: "Their place on the team." })
  role!: PeerRole;
}

@InputType({ description: "A council's interest in a corporate peer challenge." })
export class ExpressInterestInCorporatePeerChallengeInput {
  @Field(() => ID, { description: "The council (ONS GSS code)." })
  council!: string;

  @Field(() => LocalDate, { description: "When the council expressed interest." })
  @BoundedBy(CorporatePeerChallenge, "interestExpressedOn")
  interestExpressedOn!: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: "Whether this is the council's one no-cost challenge under the offer (true unless the council pays for a further one).",
  })
  noCost!: boolean;

  @Field(() => [String], { defaultValue: [], description: "The local focus areas the council chose, in its own words." })
  @BoundedBy(CorporatePeerChallengeFocusArea, "title")
  localFocusAreas!: string[];
}

@InputType({ description: "Booking a challenge's dates on site, with the team so far." })
export class BookCorporatePeerChallengeInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;

  @Field(() => LocalDate, { description: "When the booking was made." })
  @BoundedBy(CorporatePeerChallenge, "bookedOn")
  bookedOn!: string;

  @Field(() => LocalDate, { description: "First day on site." })
  @BoundedBy(CorporatePeerChallenge, "onSiteFrom")
  onSiteFrom!: string;

  @Field(() => LocalDate, { description: "Last day on site." })
  @BoundedBy(CorporatePeerChallenge, "onSiteTo")
  onSiteTo!: string;

  @Field(() => [PeerInput], { defaultValue: [], description: "Peers on the team (more can join until feedback is given)." })
  peers!: PeerInput[];
}

@InputType({ description: "The findings on one of the council's local focus areas." })
export class FocusAreaFindingsInput {
  @Field(() => Int, { description: "The focus area's position in the council's list, from 1." })
  position!: number;

  @Field(() => String, { description: "The team's findings on it." })
  @BoundedBy(CorporatePeerChallengeFocusArea, "findings")
  findings!: string;
}

@InputType({ description: "The team's feedback at the end of its visit: findings on the core components and the local focus areas." })
export class GiveCorporatePeerChallengeFeedbackInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;

  @Field(() => LocalDate, { description: "When the feedback was given." })
  @BoundedBy(CorporatePeerChallenge, "feedbackGivenOn")
  feedbackGivenOn!: string;

  @Field(() => String, { description: "Findings on leadership." })
  @BoundedBy(CorporatePeerChallenge, "leadershipFindings")
  leadershipFindings!: string;

  @Field(() => String, { description: "Findings on corporate capacity." })
  @BoundedBy(CorporatePeerChallenge, "corporateCapacityFindings")
  corporateCapacityFindings!: string;

  @Field(() => String, { description: "Findings on financial resilience." })
  @BoundedBy(CorporatePeerChallenge, "financialResilienceFindings")
  financialResilienceFindings!: string;

  @Field(() => [FocusAreaFindingsInput], { defaultValue: [], description: "Findings on the council's local focus areas." })
  focusAreaFindings!: FocusAreaFindingsInput[];
}

@InputType({ description: "Publishing a challenge's report." })
export class PublishCorporatePeerChallengeReportInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;

  @Field(() => LocalDate, { description: "When the report was published." })
  @BoundedBy(CorporatePeerChallenge, "reportPublishedOn")
  reportPublishedOn!: string;

  @Field(() => String, { description: "Where the report is published (http or https address)." })
  @BoundedBy(CorporatePeerChallenge, "reportUrl")
  reportUrl!: string;
}

@InputType({ description: "What the council thought of its challenge." })
export class RecordCorporatePeerChallengeEvaluationInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;

  @Field(() => CorporatePeerChallengeSatisfaction, { description: "The council's overall satisfaction." })
  satisfaction!: CorporatePeerChallengeSatisfaction;

  @Field(() => Boolean, { description: "Whether the council would recommend a peer challenge to another authority." })
  wouldRecommend!: boolean;
}

@InputType({ description: "Calling a challenge off before its report is published." })
export class CancelCorporatePeerChallengeInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;

  @Field(() => LocalDate, { description: "When it was called off." })
  @BoundedBy(CorporatePeerChallenge, "cancelledOn")
  cancelledOn!: string;

  @Field(() => String, { nullable: true, description: "Why, briefly." })
  @BoundedBy(CorporatePeerChallenge, "cancellationReason")
  reason?: string;
}

@InputType({ description: "Adding a peer to a challenge's team." })
export class AddCorporatePeerChallengePeerInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;

  @Field(() => PeerInput, { description: "The peer." })
  peer!: PeerInput;
}

@InputType({ description: "The challenge whose team is now on site (booked → on site)." })
export class StartCorporatePeerChallengeOnSiteInput {
  @Field(() => ID, { description: "The challenge's id." })
  id!: string;
}
