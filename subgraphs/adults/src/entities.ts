import { AuditEntry } from "@sli/shared";
import { Council } from "./council/council.entity";
import { LocalAccount, LocalAccountPriority } from "./local-account/local-account.entity";
import { AdassRegionalBranch, AdultsRegionalPriority, AdultsRegionalWorkshop } from "./regional-work/regional-work.entity";
import { AdultsLearning, AdultsPeerChallenge, AdultsRecognition, AdultsSignOff, AdultsSignOffEvidence } from "./sign-off/sign-off.entity";

export const entities = [
  AuditEntry,
  Council,
  LocalAccount, LocalAccountPriority,
  AdultsSignOff, AdultsPeerChallenge, AdultsSignOffEvidence, AdultsRecognition, AdultsLearning,
  AdassRegionalBranch, AdultsRegionalWorkshop, AdultsRegionalPriority,
];
