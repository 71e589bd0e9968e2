import { ReferenceData1764150000000 } from "./1764150000000-reference-data";
import { CorporatePeerChallenge1764200000000 } from "./1764200000000-corporate-peer-challenge";
import { LeadershipOffer1764200001000 } from "./1764200001000-leadership-offer";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [ReferenceData1764150000000];
(migrations as Function[]).push(CorporatePeerChallenge1764200000000); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
(migrations as Function[]).push(LeadershipOffer1764200001000); // eslint-disable-line @typescript-eslint/no-unsafe-function-type
