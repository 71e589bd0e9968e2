import { registerEnumType } from "type-graphql";

/** How urgently a council's early warning calls for the principal adviser's attention, lowest first. */
export enum EarlyWarningLevel {
  NONE = "NONE",
  WATCH = "WATCH",
  CONCERN = "CONCERN",
  SERIOUS = "SERIOUS",
}

registerEnumType(EarlyWarningLevel, {
  name: "EarlyWarningLevel",
  description: "How urgently a council's early-warning signals call for attention, from NONE to SERIOUS (thresholds in the LGA's early-warning rules).",
  valuesConfig: {
    NONE: { description: "No signal from any board." },
    WATCH: { description: "Signals worth watching: none on its own calls for more." },
    CONCERN: { description: "A signal that calls for attention (targeted support, a significant concern) or several signals together." },
    SERIOUS: { description: "A live serious concern, or many signals together." },
  },
});

/** The order of the levels, lowest first: a watchlist ranks by it. */
export const LEVEL_ORDER: readonly EarlyWarningLevel[] = [EarlyWarningLevel.NONE, EarlyWarningLevel.WATCH, EarlyWarningLevel.CONCERN, EarlyWarningLevel.SERIOUS];
