import { AuditChangesMediumText1764613000000, AuditTrail1764600000000 } from "@sli/shared";
import { ReferenceData1764150000000 } from "./1764150000000-reference-data";
import { CorporatePeerChallenge1764200000000 } from "./1764200000000-corporate-peer-challenge";
import { LeadershipOffer1764200001000 } from "./1764200001000-leadership-offer";
import { Performance1764300000000 } from "./1764300000000-performance";
import { Concerns1764300001000 } from "./1764300001000-concerns";
import { GoodPractice1764700000000 } from "./1764700000000-good-practice";
import { PerformanceBoards1764700001000 } from "./1764700001000-performance-boards";
import { SupportRecords1764700002000 } from "./1764700002000-support-records";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [
  ReferenceData1764150000000,
  CorporatePeerChallenge1764200000000,
  LeadershipOffer1764200001000,
  Performance1764300000000,
  Concerns1764300001000,
  AuditTrail1764600000000,
  AuditChangesMediumText1764613000000,
  GoodPractice1764700000000,
  PerformanceBoards1764700001000,
  SupportRecords1764700002000,
];
