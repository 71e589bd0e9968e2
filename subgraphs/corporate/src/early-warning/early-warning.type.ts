import { EarlyWarningSignal, LocalDate, Public } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { EarlyWarningLevel } from "./early-warning.enums";

@ObjectType({
  description:
    "A council's early warning: every board's signals about it combined by the LGA, with the level they call for. Signals derived from concerns appear (and count) only for callers who may read the council's concerns.",
})
export class EarlyWarning {
  @Public("concern-derived signals count only for callers who may read the council's concerns")
  @Field(() => EarlyWarningLevel, { description: "The level the signals call for, from NONE to SERIOUS." })
  level!: EarlyWarningLevel;

  @Public("concern-derived signals (CONCERN_…) only for callers who may read the council's concerns")
  @Field(() => [EarlyWarningSignal], { description: "The signals, the most urgent first, each naming its board and the record it comes from." })
  signals!: EarlyWarningSignal[];

  @Public()
  @Field(() => LocalDate, { description: "The date the signals were assessed on (today)." })
  assessedOn!: string;
}

/** Which regions a watchlist covers and how long it is, as its id carries them: "E12000009+E12000008/10". */
export interface WatchlistScope {
  regionCodes: string[];
  first: number;
}

@ObjectType({ description: "The councils of one or more regions ranked by their early warning: the most urgent level first, then the most signals." })
@Directive('@key(fields: "id")')
export class Watchlist {
  @Public()
  @Field(() => ID, { description: "The regions covered and the length asked for, e.g. E12000009+E12000008/10." })
  id!: string;

  regionCodes!: string[];
  first!: number;
}
