import { badUserInput, conflict, type ConstraintViolation } from "@sli/shared";

/** Rule: the board's funding is whole pounds, never negative. */
export function assertFunding(value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) {
    throw badUserInput(`fundingPounds must be a whole number of pounds, not negative (${value})`, { argument: "fundingPounds" });
  }
  return value;
}

/** Rule: one priority per deliverable per region per financial year. */
export function assertFirstPriorityOfKind(region: string, financialYear: string, deliverable: string, alreadyRecorded: boolean): void {
  if (alreadyRecorded) throw onePriorityPerDeliverable(region, financialYear, deliverable);
}

const onePriorityPerDeliverable = (region: string, financialYear: string, deliverable: string) =>
  conflict(`${region} already has a ${deliverable} priority for ${financialYear}: one per deliverable per region per year`);

/** The database's refusals of a regional priority or workshop, in the rules' words. */
export function regionalPriorityViolation(regionCode: string, financialYear: string, deliverable: string) {
  return (violation: ConstraintViolation) =>
    violation.kind === "unique"
      ? onePriorityPerDeliverable(regionCode, financialYear, deliverable)
      : violation.kind === "foreign key"
        ? badUserInput(`${regionCode} has no ADASS regional branch here`, { argument: "region" })
        : undefined;
}
