import { badUserInput, conflict } from "@sli/shared";

/** Rule: a grant is a positive whole number of pounds and funds at least one priority. */
export function requireGrant(amountPounds: number, priorities: readonly string[]): string[] {
  if (!Number.isInteger(amountPounds) || amountPounds <= 0) {
    throw badUserInput(`amountPounds must be a positive whole number of pounds, not ${amountPounds}`, { argument: "amountPounds" });
  }
  const named = [...new Set(priorities.map((priority) => priority.trim()).filter(Boolean))];
  if (!named.length) throw badUserInput("Funding must name at least one priority it funds", { argument: "priorities" });
  return named;
}

/** Rule: one CIB grant per region per financial year. */
export function oneGrantPerYear(region: string, year: string) {
  return conflict(`Region ${region} already has CIB funding recorded for ${year}: one grant per region per financial year`);
}
