import { registerEnumType } from "type-graphql";
import type { Board } from "./config";

/**
 * The three partner boards as the schema names them (`Board`), one
 * definition for every subgraph that tags a record with its board (early
 * warning signals, support, timeline events, good practice): Federation
 * needs the enum identical wherever it appears.
 */
export enum PartnerBoard {
  CORPORATE = "CORPORATE",
  CHILDREN = "CHILDREN",
  ADULTS = "ADULTS",
}
registerEnumType(PartnerBoard, {
  name: "Board",
  description: "One of the three partner boards of sector-led improvement.",
  valuesConfig: {
    CORPORATE: { description: "The LGA's corporate improvement offer." },
    CHILDREN: { description: "The Children's Improvement Board (CIB)." },
    ADULTS: { description: "Towards Excellence in Adult Social Care (TEASC)." },
  },
});

/** The schema's name for a board's service. */
export const PARTNER_BOARD: Record<Board, PartnerBoard> = {
  corporate: PartnerBoard.CORPORATE,
  children: PartnerBoard.CHILDREN,
  adults: PartnerBoard.ADULTS,
};
