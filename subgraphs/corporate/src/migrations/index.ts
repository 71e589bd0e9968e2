import { ReferenceData1764150000000 } from "./1764150000000-reference-data";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [ReferenceData1764150000000];
