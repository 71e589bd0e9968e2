import { assertCouncilCode, badUserInput, financialYear } from "@sli/shared";

const METRIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Rule: a metric's id is short lower-case words joined by hyphens, e.g. `household-waste-recycled`. */
export function assertMetricId(id: string): void {
  if (id.length > 64 || !METRIC_ID.test(id)) {
    throw badUserInput(`"${id}" is not a metric id: use lower-case words joined by hyphens, at most 64 characters`, {
      argument: "id",
    });
  }
}

/** Rule: one value per council and period in one recording (the primary key backs it across recordings). */
export function assertOneValuePerCouncilAndPeriod(values: ReadonlyArray<{ council: string; period: string }>): void {
  if (values.length === 0) throw badUserInput("Record at least one value", { argument: "values" });
  const seen = new Set<string>();
  for (const { council, period } of values) {
    assertCouncilCode(council, "values.council");
    financialYear(period, "values.period");
    const key = `${council} ${period}`;
    if (seen.has(key)) throw badUserInput(`Two values for ${council} in ${period}: give one value per council and period`, { argument: "values" });
    seen.add(key);
  }
}

export const SCORECARD_MAX_METRICS = 20;

/** Rule: a scorecard has 1 to 20 distinct metrics and at least one council, each named once. */
export function assertScorecardShape(metrics: readonly string[], councils: readonly string[]): void {
  if (metrics.length === 0 || metrics.length > SCORECARD_MAX_METRICS) {
    throw badUserInput(`A scorecard has between 1 and ${SCORECARD_MAX_METRICS} metrics, not ${metrics.length}`, { argument: "metrics" });
  }
  if (councils.length === 0) throw badUserInput("A scorecard needs at least one council", { argument: "councils" });
  if (new Set(metrics).size !== metrics.length) throw badUserInput("A scorecard names each metric once", { argument: "metrics" });
  if (new Set(councils).size !== councils.length) throw badUserInput("A scorecard names each council once", { argument: "councils" });
  for (const code of councils) assertCouncilCode(code, "councils");
}
