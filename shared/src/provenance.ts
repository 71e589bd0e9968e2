import { registerEnumType } from "type-graphql";

/**
 * Where a record comes from. Demonstration records are never presented as
 * fact: a dashboard or partner system can always tell them apart.
 */
export enum Provenance {
  REFERENCE = "REFERENCE",
  DEMO = "DEMO",
  RECORDED = "RECORDED",
}

registerEnumType(Provenance, {
  name: "Provenance",
  description: "Where a record comes from.",
  valuesConfig: {
    REFERENCE: { description: "Published reference data (seed-data/, with its sources)." },
    DEMO: { description: "Generated demonstration data, consistent with the published figures but not fact." },
    RECORDED: { description: "Recorded through the graph by a board, a council or a partner system." },
  },
});

/** The SQL check for a provenance column. */
export const PROVENANCE_CHECK = "provenance IN ('REFERENCE', 'DEMO', 'RECORDED')";
