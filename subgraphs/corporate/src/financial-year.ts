/** An English local government financial year runs 1 April to 31 March, written "2012/13" (checked by the toolkit's `financialYear`). */

/** The financial year an ISO date falls in: 2012-03-31 is in 2011/12, 2012-04-01 in 2012/13. */
export function financialYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  const start = month >= 4 ? year : year - 1;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

/** The first and last day of a financial year, as ISO dates. */
export function financialYearBounds(financialYear: string): { from: string; to: string } {
  const start = Number(financialYear.slice(0, 4));
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}
