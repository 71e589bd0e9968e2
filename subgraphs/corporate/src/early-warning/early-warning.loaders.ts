import { type EarlyWarningSignal, findIn, groupedLoader, keyedLoader, todayIso } from "@sli/shared";
import type { DataSource } from "typeorm";
import type { CorporateContext } from "../context";
import type { Council } from "../council/council.entity";
import { mayReadConcerns } from "../concerns/concern.rules";
import { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";
import { Metric, MetricValue } from "../performance/performance.entity";
import { Polarity } from "../performance/performance.enums";
import type { EarlyWarning } from "./early-warning.type";
import { combineWarning, type CorporateWarningRecords, corporateWarningSignals, type MetricSeries, metricSeries, rankWatchlist } from "./early-warning.rules";

/**
 * The early warning's reads: each one statement for a whole `_entities`
 * batch, so a region's watchlist costs the same statements as one council.
 */
export function createEarlyWarningLoaders(dataSource: DataSource) {
  const metrics = dataSource.getRepository(Metric);
  const values = dataSource.getRepository(MetricValue);
  const challenges = dataSource.getRepository(CorporatePeerChallenge);
  return {
    /** The metrics with a better direction (the one key is "england"): context and neutral ones say nothing of performance. */
    warningMetrics: keyedLoader(
      async () => [
        {
          scope: "england",
          metrics: (await metrics.find({ select: { id: true, title: true, polarity: true, unit: true, board: true }, where: { context: false }, order: { id: "ASC" } })).filter(
            (metric) => metric.polarity !== Polarity.NEUTRAL,
          ),
        },
      ],
      (answer) => answer.scope,
    ),
    /** Every value of every metric for each council, as its series: the councils asked about and their neighbours alike. */
    metricSeriesByCouncil: keyedLoader(
      async (codes: readonly string[]): Promise<Array<{ code: string; series: MetricSeries }>> => {
        const rows = await findIn(values, "councilCode", codes, { columns: ["metricId", "period", "councilCode", "value"] });
        const byCouncil = new Map<string, MetricValue[]>();
        for (const row of rows) {
          if (!byCouncil.has(row.councilCode)) byCouncil.set(row.councilCode, []);
          byCouncil.get(row.councilCode)!.push(row);
        }
        return codes.map((code) => ({ code, series: metricSeries(byCouncil.get(code) ?? []) }));
      },
      (answer) => answer.code,
    ),
    /** Each council's corporate peer challenges: their states and windows. */
    corporatePeerChallengeStatesByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        findIn(challenges, "councilCode", codes, { columns: ["id", "councilCode", "status", "noCostWindow", "interestExpressedOn"], order: [["id", "ASC"]] }),
      (challenge) => challenge.councilCode,
    ),
  };
}

/**
 * The corporate records a council's signals are computed from. Every council
 * of a batch asks in the same ticks: two waves of batched statements (its own
 * records, then its neighbours' values), whatever the number of councils.
 * Concerns are read only for a viewer who may read them.
 */
export async function corporateWarningRecords(ctx: CorporateContext, council: Council): Promise<CorporateWarningRecords> {
  const { loaders, viewer } = ctx;
  const [scope, values, neighbours, challenges, concerns] = await Promise.all([
    loaders.warningMetrics.load("england"),
    loaders.metricSeriesByCouncil.load(council.code),
    loaders.nearestNeighbours.load(council.code),
    loaders.corporatePeerChallengeStatesByCouncil.load(council.code),
    mayReadConcerns(viewer, council) ? loaders.concernsByCouncil.load(council.code) : Promise.resolve([]),
  ]);
  const neighbourCodes = (neighbours?.neighbours ?? []).map((neighbour) => neighbour.council.code);
  const neighbourValues = (await loaders.metricSeriesByCouncil.loadMany(neighbourCodes)).map((answer) => {
    if (answer instanceof Error) throw answer;
    return answer?.series ?? new Map();
  });
  return { council, metrics: scope?.metrics ?? [], values: values?.series ?? new Map(), neighbourValues, challenges, concerns };
}

/** The date signals are assessed on: today, as an ISO date. */

/** The other boards' signals the gateway brought for @requires, by council. */
export function signalsByCouncil(signals: readonly EarlyWarningSignal[]): Map<string, EarlyWarningSignal[]> {
  const byCouncil = new Map<string, EarlyWarningSignal[]>();
  for (const signal of signals) {
    if (!byCouncil.has(signal.council)) byCouncil.set(signal.council, []);
    byCouncil.get(signal.council)!.push(signal);
  }
  return byCouncil;
}

/** One council's early warning: corporate's own signals (read through the loaders) and the other boards' (from @requires). */
export async function assessCouncil(ctx: CorporateContext, council: Council, boardSignals: readonly EarlyWarningSignal[]): Promise<EarlyWarning> {
  const own = corporateWarningSignals(await corporateWarningRecords(ctx, council), ctx.viewer);
  return combineWarning([...own, ...boardSignals], todayIso());
}

/** Councils ranked for a watchlist: every council assessed at once, so each read is one batched statement. */
export async function watchlistOf(ctx: CorporateContext, councils: readonly Council[], boardSignals: readonly EarlyWarningSignal[], first: number): Promise<Council[]> {
  const byCouncil = signalsByCouncil(boardSignals);
  const assessed = await Promise.all(
    councils.map(async (council) => {
      const warning = await assessCouncil(ctx, council, byCouncil.get(council.code) ?? []);
      return { council, level: warning.level, signals: warning.signals.length };
    }),
  );
  return rankWatchlist(assessed, first);
}
