import { ROLES } from "@sli/shared";
import { registerEnumType } from "type-graphql";

export enum Role {
  PRINCIPAL_ADVISER = "PRINCIPAL_ADVISER",
  LGA_OFFICER = "LGA_OFFICER",
  CIB_OFFICER = "CIB_OFFICER",
  TEASC_OFFICER = "TEASC_OFFICER",
  BOARD_MEMBER = "BOARD_MEMBER",
  COUNCIL_OFFICER = "COUNCIL_OFFICER",
  PARTNER_SYSTEM = "PARTNER_SYSTEM",
  ANALYST = "ANALYST",
}
// The GraphQL enum and the toolkit's role list must never drift apart.
const drift = ROLES.filter((role) => !(role in Role));
if (drift.length) throw new Error(`Role enum is missing ${drift.join(", ")}`);

registerEnumType(Role, {
  name: "Role",
  description: "What a token says its holder is (contract: Authentication and roles).",
  valuesConfig: {
    PRINCIPAL_ADVISER: { description: "An LGA principal adviser: the key contact for the councils of their regions." },
    LGA_OFFICER: { description: "The LGA central team: runs the corporate programmes and reads every board's audit trail." },
    CIB_OFFICER: { description: "An officer of the Children's Improvement Board (CIB)." },
    TEASC_OFFICER: { description: "An officer of Towards Excellence in Adult Social Care (TEASC)." },
    BOARD_MEMBER: { description: "A member of one of the boards: reads concern counts, not the concerns themselves." },
    COUNCIL_OFFICER: { description: "An officer of one council (the token names it): reads and writes that council's own records." },
    PARTNER_SYSTEM: { description: "A partner's system: what it may do is set by the scopes its token holds." },
    ANALYST: { description: "An analyst using the graph: holds no write permission." },
  },
});
