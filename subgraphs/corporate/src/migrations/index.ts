import { ReferenceData1764150000000 } from "./1764150000000-reference-data";
import { Performance1764300000000 } from "./1764300000000-performance";
import { Concerns1764300001000 } from "./1764300001000-concerns";

/** In the order they run; never edit one that has shipped, add the next. */
export const migrations = [ReferenceData1764150000000];
migrations.push(Performance1764300000000, Concerns1764300001000);
