import { AuditEntry } from "@sli/shared";
import { ChildrensIndicator, ChildrensIndicatorValue } from "./common-data-set/common-data-set.entity";
import { Council } from "./council/council.entity";
import { ChildrensLeadershipEvent, ChildrensLeadershipPlace } from "./leadership/leadership.entity";
import { ChildrensPeerChallenge, PeerChallengeModel, PeerChallengeTeamMembership } from "./peer-challenge/childrens-peer-challenge.entity";
import { ChildrensPerson } from "./person/childrens-person.entity";
import { RegionalFunding } from "./regional-funding/regional-funding.entity";
import { RegionalLead } from "./regional-leads/regional-lead.entity";
import { SafeguardingPeerReview } from "./safeguarding/safeguarding-peer-review.entity";
import { ChildrensSelfAssessment, SelfAssessmentChallenge, SelfAssessmentChallenger } from "./self-assessment/self-assessment.entity";
import { SupportLevelDecision } from "./support-level/support-level-decision.entity";

export const entities = [
  AuditEntry,
  Council,
  SupportLevelDecision,
  ChildrensPerson,
  ChildrensSelfAssessment, SelfAssessmentChallenge, SelfAssessmentChallenger,
  PeerChallengeModel, ChildrensPeerChallenge, PeerChallengeTeamMembership,
  SafeguardingPeerReview,
  RegionalLead,
  RegionalFunding,
  ChildrensIndicator, ChildrensIndicatorValue,
  ChildrensLeadershipEvent, ChildrensLeadershipPlace,
];
