import { badUserInput } from "@sli/shared";

/** An English local government financial year, 1 April to 31 March, written "2012/13". */
const FINANCIAL_YEAR = /^(20\d\d)\/(\d\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The financial year an ISO date falls in: 2012-03-31 is in 2011/12, 2012-04-01 in 2012/13. */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** A financial year must be written "2012/13", the second year following the first. */
export function assertFinancialYear(value: string, argument = "financialYear"): string {
  const match = FINANCIAL_YEAR.exec(value);
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
    throw badUserInput(`"${value.slice(0, 20)}" is not a financial year: write it as 2012/13`, { argument });
  }
  return value;
}

/** A date must be an ISO calendar date (YYYY-MM-DD) that exists. */
export function assertIsoDate(value: string, argument: string): string {
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badUserInput(`"${value.slice(0, 20)}" is not a date: write it as YYYY-MM-DD`, { argument });
  }
  return value;
}

/** The first and last day of a financial year, as ISO dates. */
export function financialYearBounds(financialYear: string): { from: string; to: string } {
  const start = Number(financialYear.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
