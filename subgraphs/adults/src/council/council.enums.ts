import { registerEnumType } from "type-graphql";

/** The Care Quality Commission's last (2009-10) rating of a council's adult social care. */
export enum CqcRating {
  EXCELLENT = "EXCELLENT",
  PERFORMING_WELL = "PERFORMING_WELL",
  ADEQUATE = "ADEQUATE",
  POOR = "POOR",
}

registerEnumType(CqcRating, {
  name: "CqcRating",
  description: "The CQC's 2009-10 rating of a council's adult social care: the seven rated adequate enter the TEASC sign-off.",
  valuesConfig: {
    EXCELLENT: { description: "Excellent." },
    PERFORMING_WELL: { description: "Performing well." },
    ADEQUATE: { description: "Adequate: the councils the TEASC sign-off is for." },
    POOR: { description: "Poor." },
  },
});
