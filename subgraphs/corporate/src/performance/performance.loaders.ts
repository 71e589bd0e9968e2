import { assertCouncilCode, groupedLoader, isRecordId, keyedLoader, notFound, PartnerBoard, statisticalNeighbours } from "@sli/shared";
import type { CorporateContext } from "../context";
import { type DataSource, In } from "typeorm";
import { Council } from "../council/council.entity";
import { Metric, MetricValue, Scorecard, ScorecardCouncil, ScorecardMetric } from "./performance.entity";
import { type Neighbour, comparableFamily, nearestNeighboursIn } from "./performance.compare";

/** One council's values of one metric, for the given financial years (all years when absent). */
export interface PerformanceKey {
  metric: string;
  council: string;
  periods?: readonly string[] | null;
}

/** The performance loader's key: periods sorted, so the same question is one key. */
export function performanceKey({ metric, council, periods }: PerformanceKey): string {
  return JSON.stringify({ metric, council, periods: periods ? [...new Set(periods)].sort() : null });
}

export function createPerformanceLoaders(dataSource: DataSource) {
  const metrics = dataSource.getRepository(Metric);
  const values = dataSource.getRepository(MetricValue);

  /** The context indicators' latest values for every council: one statement (latest period per metric, correlated). */
  const contextValues = async (): Promise<Map<string, Map<string, number>> & { metricIds?: string[] }> => {
    const contextMetrics = await metrics.find({ where: { context: true }, order: { id: "ASC" } });
    const indicators = new Map<string, Map<string, number>>() as Map<string, Map<string, number>> & { metricIds?: string[] };
    indicators.metricIds = contextMetrics.map((metric) => metric.id);
    if (!contextMetrics.length) return indicators;
    const rows = await values
      .createQueryBuilder("v")
      .where("v.metric_id IN (:...ids)", { ids: indicators.metricIds })
      .andWhere("v.period = (SELECT MAX(latest.period) FROM metric_value latest WHERE latest.metric_id = v.metric_id)")
      .getMany();
    for (const row of rows) {
      if (!indicators.has(row.councilCode)) indicators.set(row.councilCode, new Map());
      indicators.get(row.councilCode)!.set(row.metricId, row.value);
    }
    return indicators;
  };

  return {
    metricById: keyedLoader((ids: readonly string[]) => metrics.findBy({ id: In([...ids]) }), (metric) => metric.id),

    /** The latest financial year with any value of each metric (null where there are none). */
    latestPeriodByMetric: keyedLoader(
      (ids: readonly string[]): Promise<Array<{ metricId: string; period: string }>> =>
        values
          .createQueryBuilder("v")
          .select("v.metric_id", "metricId")
          .addSelect("MAX(v.period)", "period")
          .where("v.metric_id IN (:...ids)", { ids: [...ids] })
          .groupBy("v.metric_id")
          .getRawMany(),
      (row) => row.metricId,
    ),

    /** Council.performance: one statement per distinct (metric, periods) asked, whatever the number of councils. */
    performance: keyedLoader(
      async (keys: readonly string[]) => {
        const batches = new Map<string, { metric: string; periods: string[] | null; councils: Set<string> }>();
        for (const key of keys) {
          const { metric, council, periods } = JSON.parse(key) as { metric: string; council: string; periods: string[] | null };
          const signature = JSON.stringify([metric, periods]);
          if (!batches.has(signature)) batches.set(signature, { metric, periods, councils: new Set() });
          batches.get(signature)!.councils.add(council);
        }
        const answers: Array<{ key: string; values: MetricValue[] }> = [];
        for (const batch of batches.values()) {
          const rows = await values.find({
            where: {
              metricId: batch.metric,
              councilCode: In([...batch.councils]),
              ...(batch.periods ? { period: In(batch.periods) } : {}),
            },
            order: { period: "ASC" },
          });
          for (const council of batch.councils) {
            answers.push({
              key: performanceKey({ metric: batch.metric, council, periods: batch.periods }),
              values: rows.filter((row) => row.councilCode === council),
            });
          }
        }
        return answers;
      },
      (answer) => answer.key,
    ),

    /**
     * Each council's 15 nearest neighbours among councils of comparable type:
     * three statements for any number of councils (all councils, the context
     * metrics, their latest values), computed once per family.
     */
    nearestNeighbours: keyedLoader(
      async (codes: readonly string[]) => {
        const councils = await dataSource.getRepository(Council).find({ order: { name: "ASC" } });
        const indicators = await contextValues();
        const byCode = new Map(councils.map((council) => [council.code, council]));
        const families = new Map<string, Map<string, Neighbour[]>>();
        const asked = new Set(codes);
        return codes.flatMap((code) => {
          const council = byCode.get(code);
          if (!council) return [];
          const family = comparableFamily(council.type);
          if (!families.has(family)) {
            const members = councils.filter((other) => comparableFamily(other.type) === family);
            // Only the asked councils' neighbours: one council's answer need not rank the whole family's.
            families.set(family, nearestNeighboursIn(members, indicators, indicators.metricIds ?? [], undefined, asked));
          }
          return [{ code, neighbours: families.get(family)!.get(code) ?? [] }];
        });
      },
      (answer) => answer.code,
    ),

    /**
     * The CIB's ten statistical neighbours of each council, by the CIB's own
     * method (the toolkit's, which the children subgraph uses too) over the
     * CHILDREN metrics' values in their latest period: one statement for any
     * number of councils. Codes only; the councils come from councilByCode.
     */
    cibStatisticalNeighbours: keyedLoader(
      async (codes: readonly string[]) => {
        const rows: Array<{ metricId: string; councilCode: string; value: number }> = await values
          .createQueryBuilder("v")
          .innerJoin(Metric, "m", "m.id = v.metric_id")
          .select("v.metric_id", "metricId")
          .addSelect("v.council_code", "councilCode")
          .addSelect("v.value", "value")
          .where("m.board = :board", { board: PartnerBoard.CHILDREN })
          .andWhere(
            "v.period = (SELECT MAX(latest.period) FROM metric_value latest INNER JOIN metric lm ON lm.id = latest.metric_id WHERE lm.board = :board)",
          )
          .getRawMany();
        const byCouncil = new Map<string, Map<string, number>>();
        for (const row of rows) {
          if (!byCouncil.has(row.councilCode)) byCouncil.set(row.councilCode, new Map());
          byCouncil.get(row.councilCode)!.set(row.metricId, Number(row.value));
        }
        return codes.map((code) => ({ code, neighbours: statisticalNeighbours(code, byCouncil) }));
      },
      (answer) => answer.code,
    ),

    scorecardById: keyedLoader(
      (ids: readonly number[]) => dataSource.getRepository(Scorecard).findBy({ id: In([...ids]) }),
      (scorecard) => scorecard.id,
    ),
    metricsOfScorecard: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(ScorecardMetric).find({ where: { scorecardId: In([...ids]) }, order: { position: "ASC" } }),
      (row) => row.scorecardId,
    ),
    councilsOfScorecard: groupedLoader(
      (ids: readonly number[]) =>
        dataSource.getRepository(ScorecardCouncil).find({ where: { scorecardId: In([...ids]) }, order: { position: "ASC" } }),
      (row) => row.scorecardId,
    ),
  };
}

export type PerformanceLoaders = ReturnType<typeof createPerformanceLoaders>;

/** The metric with this id, or NOT_FOUND. */
export async function metricOrNotFound(ctx: CorporateContext, id: string, argument = "metric"): Promise<Metric> {
  const metric = await ctx.loaders.metricById.load(id);
  if (!metric) throw notFound(`No metric has the id ${id}`, { argument });
  return metric;
}

/** The council with this code: BAD_USER_INPUT for a malformed code, NOT_FOUND for an unknown one. */
export async function councilOrNotFound(ctx: CorporateContext, code: string, argument = "council"): Promise<Council> {
  assertCouncilCode(code, argument);
  const council = await ctx.loaders.councilByCode.load(code);
  if (!council) throw notFound(`No council has the code ${code}`, { argument });
  return council;
}

/** The scorecard with this id, or NOT_FOUND. */
export async function scorecardOrNotFound(ctx: CorporateContext, id: string): Promise<Scorecard> {
  const scorecard = isRecordId(id) ? await ctx.loaders.scorecardById.load(Number(id)) : null;
  if (!scorecard) throw notFound(`No scorecard has the id ${id}`, { argument: "id" });
  return scorecard;
}
