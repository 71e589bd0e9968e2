import { AuditChangesMediumText1764613000000, AuditTrail1764600000000 } from "@sli/shared";
import { CouncilRegister1764150000000 } from "./1764150000000-council-register";
import { CqcRatingProvenance1764500000000 } from "./1764500000000-cqc-rating-provenance";
import { LocalAccounts1764500000001 } from "./1764500000001-local-accounts";
import { AdultsSignOff1764500000002 } from "./1764500000002-adults-sign-off";
import { AdultsRegionalWork1764500000003 } from "./1764500000003-adults-regional-work";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [
  CouncilRegister1764150000000,
  CqcRatingProvenance1764500000000,
  LocalAccounts1764500000001,
  AdultsSignOff1764500000002,
  AdultsRegionalWork1764500000003,
  AuditTrail1764600000000,
  AuditChangesMediumText1764613000000,
];
