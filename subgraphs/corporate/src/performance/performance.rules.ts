import { assertCouncilCode, badUserInput, conflict, financialYear, notFound } from "@sli/shared";

const METRIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Rule: a metric's id is short lower-case words joined by hyphens, e.g. `household-waste-recycled`. */
export function assertMetricId(id: string): void {
  if (id.length > 64 || !METRIC_ID.test(id)) {
    throw badUserInput(`"${id}" is not a metric id: use lower-case words joined by hyphens, at most 64 characters`, {
      argument: "input.id",
    });
  }
}

/** Rule: one value per council and period in one recording (the primary key backs it across recordings). */
export function assertOneValuePerCouncilAndPeriod(values: ReadonlyArray<{ council: string; period: string }>): void {
  if (values.length === 0) throw badUserInput("Record at least one value", { argument: "input.values" });
  const seen = new Set<string>();
  for (const { council, period } of values) {
    assertCouncilCode(council, "input.values.council");
    financialYear(period, "input.values.period");
    const key = `${council} ${period}`;
    if (seen.has(key)) throw badUserInput(`Two values for ${council} in ${period}: give one value per council and period`, { argument: "input.values" });
    seen.add(key);
  }
}

export const SCORECARD_MAX_METRICS = 20;

/** Rule: a scorecard has 1 to 20 distinct metrics and at least one council, each named once. */
export function assertScorecardShape(metrics: readonly string[], councils: readonly string[]): void {
  if (metrics.length === 0 || metrics.length > SCORECARD_MAX_METRICS) {
    throw badUserInput(`A scorecard has between 1 and ${SCORECARD_MAX_METRICS} metrics, not ${metrics.length}`, { argument: "input.metrics" });
  }
  if (councils.length === 0) throw badUserInput("A scorecard needs at least one council", { argument: "input.councils" });
  if (new Set(metrics).size !== metrics.length) throw badUserInput("A scorecard names each metric once", { argument: "input.metrics" });
  if (new Set(councils).size !== councils.length) throw badUserInput("A scorecard names each council once", { argument: "input.councils" });
  for (const code of councils) assertCouncilCode(code, "input.councils");
}

/** Rule: a metric says what it measures, in what unit, and where its values come from. */
export function assertMetricDescribed(metric: { title: string; unit: string; source: string }): void {
  for (const field of ["title", "unit", "source"] as const) {
    if (!metric[field].trim()) throw badUserInput(`A metric needs a ${field}`, { argument: `input.${field}` });
  }
}

/** Rule: a metric's id names one metric (the primary key backs it). */
export const metricTaken = (id: string) => conflict(`A metric with the id ${id} already exists: a metric's id names one metric`, { argument: "input.id" });

/** Rule: a value is recorded for a council that exists (the foreign key backs it). */
export const unknownCouncil = () => notFound("A value names a council that does not exist", { argument: "input.values.council" });

/** Rule: a scorecard has a name. */
export function scorecardName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badUserInput("A scorecard needs a name", { argument: "input.name" });
  return trimmed;
}

/** Rule: a scorecard's name names one scorecard (the unique index backs it). */
export const scorecardNameTaken = (name: string) =>
  conflict(`A scorecard named "${name}" already exists: a scorecard's name names one scorecard`, { argument: "input.name" });

/** Rule: a scorecard names metrics and councils that exist. */
export function assertScorecardNamesKnown(
  metricIds: readonly string[],
  metrics: readonly unknown[],
  councilCodes: readonly string[],
  councils: readonly unknown[],
): void {
  const missingMetric = metricIds.find((_, i) => !metrics[i]);
  if (missingMetric) throw notFound(`No metric has the id ${missingMetric}`, { argument: "input.metrics" });
  const missingCouncil = councilCodes.find((_, i) => !councils[i]);
  if (missingCouncil) throw notFound(`No council has the code ${missingCouncil}`, { argument: "input.councils" });
}

/** Rule: a metric's id is free before it is defined. */
export function assertMetricIdFree(id: string, existing: unknown): void {
  if (existing) throw metricTaken(id);
}

/** Rule: every value names a council that exists (`known` of the `named` distinct councils exist). */
export function assertCouncilsKnown(known: number, named: number): void {
  if (known !== named) throw unknownCouncil();
}

/** Rule: a scorecard's name is free before it is saved. */
export function assertScorecardNameFree(name: string, existing: unknown): void {
  if (existing) throw scorecardNameTaken(name);
}
