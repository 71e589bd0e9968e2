import { AuditChangesMediumText1764613000000, AuditTrail1764600000000 } from "@sli/shared";
import { CouncilRegister1764150000000 } from "./1764150000000-council-register";
import { SupportLevelDecisions1764400000000 } from "./1764400000000-support-level-decisions";
import { ChildrensPeople1764400000001 } from "./1764400000001-childrens-people";
import { SelfAssessments1764400000002 } from "./1764400000002-self-assessments";
import { ChildrensPeerChallenges1764400000003 } from "./1764400000003-childrens-peer-challenges";
import { SafeguardingPeerReviews1764400000004 } from "./1764400000004-safeguarding-peer-reviews";
import { RegionalLeadsAndFunding1764400000005 } from "./1764400000005-regional-leads-and-funding";
import { CommonDataSet1764400000006 } from "./1764400000006-common-data-set";
import { Leadership1764400000007 } from "./1764400000007-leadership";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [
  CouncilRegister1764150000000,
  SupportLevelDecisions1764400000000,
  ChildrensPeople1764400000001,
  SelfAssessments1764400000002,
  ChildrensPeerChallenges1764400000003,
  SafeguardingPeerReviews1764400000004,
  RegionalLeadsAndFunding1764400000005,
  CommonDataSet1764400000006,
  Leadership1764400000007,
  AuditTrail1764600000000,
  AuditChangesMediumText1764613000000,
];
