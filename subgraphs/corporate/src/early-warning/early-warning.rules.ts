import {
  ConfigError,
  EarlyWarningSignalKind as Kind,
  type EarlyWarningSignal,
  evidenceOf,
  PartnerBoard,
  type Viewer,
} from "@sli/shared";
import type { Concern } from "../concerns/concern.entity";
import { ConcernSeverity, ConcernStatus } from "../concerns/concern.enums";
import { mayPartnerSee, mayReadConcerns } from "../concerns/concern.rules";
import type { Council } from "../council/council.entity";
import { NO_COST_WINDOW } from "../peer-challenge/corporate-peer-challenge.entity";
import { CorporatePeerChallengeStatus } from "../peer-challenge/corporate-peer-challenge.enums";
import type { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";
import { Polarity } from "../performance/performance.enums";
import type { Metric, MetricValue } from "../performance/performance.entity";
import { EarlyWarningLevel, LEVEL_ORDER } from "./early-warning.enums";

/**
 * The early warning's thresholds, every one in this file. Each can be set
 * through the environment, read and checked once when the corporate
 * subgraph starts (`createCorporateServer`): a bad value stops the start
 * with a ConfigError naming it.
 */
export interface EarlyWarningThresholds {
  /** An indicator is in the worst decile when fewer than this share of its nearest neighbours do worse (EARLY_WARNING_WORST_SHARE, 0.1). */
  worstShare: number;
  /** An indicator is falling when it got worse this many periods running (EARLY_WARNING_FALLING_PERIODS, 3). */
  fallingPeriods: number;
  /** This many signals together call for CONCERN, whatever they are (EARLY_WARNING_CONCERN_AT, 4). */
  concernAt: number;
  /** This many signals together call for SERIOUS (EARLY_WARNING_SERIOUS_AT, 7). */
  seriousAt: number;
}

export const DEFAULT_EARLY_WARNING_THRESHOLDS: EarlyWarningThresholds = Object.freeze({
  worstShare: 0.1,
  fallingPeriods: 3,
  concernAt: 4,
  seriousAt: 7,
});

/** Reads the thresholds from the environment, reporting every problem at once. */
export function readEarlyWarningThresholds(env: NodeJS.ProcessEnv = process.env): EarlyWarningThresholds {
  const problems: string[] = [];
  const number = (name: string, fallback: number, valid: (value: number) => boolean, expected: string): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!valid(value)) {
      problems.push(`${name} must be ${expected}, not "${raw}"`);
      return fallback;
    }
    return value;
  };
  const whole = (low: number, high: number) => (value: number) => Number.isInteger(value) && value >= low && value <= high;
  const thresholds = {
    worstShare: number("EARLY_WARNING_WORST_SHARE", DEFAULT_EARLY_WARNING_THRESHOLDS.worstShare, (v) => v > 0 && v < 1, "a share between 0 and 1"),
    fallingPeriods: number("EARLY_WARNING_FALLING_PERIODS", DEFAULT_EARLY_WARNING_THRESHOLDS.fallingPeriods, whole(2, 10), "a whole number of periods from 2 to 10"),
    concernAt: number("EARLY_WARNING_CONCERN_AT", DEFAULT_EARLY_WARNING_THRESHOLDS.concernAt, whole(1, 50), "a whole number of signals from 1 to 50"),
    seriousAt: number("EARLY_WARNING_SERIOUS_AT", DEFAULT_EARLY_WARNING_THRESHOLDS.seriousAt, whole(1, 50), "a whole number of signals from 1 to 50"),
  };
  if (thresholds.seriousAt <= thresholds.concernAt) {
    problems.push(`EARLY_WARNING_SERIOUS_AT (${thresholds.seriousAt}) must be more than EARLY_WARNING_CONCERN_AT (${thresholds.concernAt})`);
  }
  if (problems.length) throw new ConfigError(problems);
  return Object.freeze(thresholds);
}

let thresholds: EarlyWarningThresholds | undefined;

/** The thresholds in force: read once (the server reads them at start). */
export function earlyWarningThresholds(): EarlyWarningThresholds {
  thresholds ??= readEarlyWarningThresholds();
  return thresholds;
}

/** The level each kind of signal calls for on its own; a kind not named calls for WATCH. */
const LEVEL_OF_KIND: Partial<Record<Kind, EarlyWarningLevel>> = {
  [Kind.CONCERN_SERIOUS]: EarlyWarningLevel.SERIOUS,
  [Kind.CONCERN_SIGNIFICANT]: EarlyWarningLevel.CONCERN,
  [Kind.CHILDRENS_TARGETED_SUPPORT]: EarlyWarningLevel.CONCERN,
};

const rank = (level: EarlyWarningLevel) => LEVEL_ORDER.indexOf(level);

/** Rule: the level is the highest any signal calls for on its own, raised to CONCERN or SERIOUS by the number of signals together. */
export function warningLevel(signals: readonly Pick<EarlyWarningSignal, "kind">[], limits: EarlyWarningThresholds = earlyWarningThresholds()): EarlyWarningLevel {
  if (!signals.length) return EarlyWarningLevel.NONE;
  let level = EarlyWarningLevel.WATCH;
  for (const signal of signals) {
    const own = LEVEL_OF_KIND[signal.kind] ?? EarlyWarningLevel.WATCH;
    if (rank(own) > rank(level)) level = own;
  }
  if (signals.length >= limits.seriousAt) return EarlyWarningLevel.SERIOUS;
  if (signals.length >= limits.concernAt && rank(level) < rank(EarlyWarningLevel.CONCERN)) return EarlyWarningLevel.CONCERN;
  return level;
}

/** The most urgent signals first: by the level each calls for, then corporate, children's, adults'. */
export function orderSignals(signals: readonly EarlyWarningSignal[]): EarlyWarningSignal[] {
  const boards = [PartnerBoard.CORPORATE, PartnerBoard.CHILDREN, PartnerBoard.ADULTS];
  return [...signals].sort(
    (a, b) =>
      rank(LEVEL_OF_KIND[b.kind] ?? EarlyWarningLevel.WATCH) - rank(LEVEL_OF_KIND[a.kind] ?? EarlyWarningLevel.WATCH) ||
      boards.indexOf(a.board) - boards.indexOf(b.board),
  );
}

/** A financial year's first day: 2011/12 began on 1 April 2011. */
const periodStart = (period: string) => `${period.slice(0, 4)}-04-01`;

/** Whether `value` is worse than `than` for a metric of this polarity. */
const worse = (polarity: Polarity, value: number, than: number) => (polarity === Polarity.HIGHER_IS_BETTER ? value < than : value > than);

/** A council's values by metric, each metric's oldest period first. */
export type MetricSeries = ReadonlyMap<string, ReadonlyArray<{ period: string; value: number }>>;

/** Values as read (any order) as a council's series. */
export function metricSeries(rows: readonly Pick<MetricValue, "metricId" | "period" | "value">[]): MetricSeries {
  const series = new Map<string, Array<{ period: string; value: number }>>();
  for (const row of rows) {
    if (!series.has(row.metricId)) series.set(row.metricId, []);
    series.get(row.metricId)!.push({ period: row.period, value: row.value });
  }
  for (const values of series.values()) values.sort((a, b) => a.period.localeCompare(b.period));
  return series;
}

/** The corporate records of one council that its corporate signals are computed from. */
export interface CorporateWarningRecords {
  council: Pick<Council, "code" | "regionCode" | "name">;
  /** The metrics with a better direction (context indicators and neutral ones left out), of every board: one comparison model. */
  metrics: readonly Pick<Metric, "id" | "title" | "polarity" | "unit" | "board">[];
  /** The council's values of every metric, each metric's oldest first. */
  values: MetricSeries;
  /** Its nearest neighbours' values, one series each. */
  neighbourValues: readonly MetricSeries[];
  challenges: readonly Pick<CorporatePeerChallenge, "id" | "status" | "noCostWindow" | "interestExpressedOn">[];
  concerns: readonly Pick<Concern, "id" | "severity" | "status" | "raisedOn" | "councilAwareOn">[];
}

/**
 * Rule: an indicator's signals — in the worst decile when, in the council's
 * latest period, fewer than `worstShare` of its nearest neighbours with a
 * value do worse; falling when its value got worse `fallingPeriods` periods
 * running (compared each period with the one before).
 */
function indicatorSignals(records: CorporateWarningRecords, limits: EarlyWarningThresholds): Array<Omit<EarlyWarningSignal, "council">> {
  // Each signal is its metric's board's: a children's indicator in the worst decile is the CIB's signal, read from the one model.
  const signals: Array<Omit<EarlyWarningSignal, "council">> = [];
  for (const metric of records.metrics) {
    const own = records.values.get(metric.id) ?? [];
    const latest = own.at(-1);
    if (!latest) continue;
    const peers = records.neighbourValues
      .map((series) => series.get(metric.id)?.find((v) => v.period === latest.period))
      .filter((v): v is NonNullable<typeof v> => v !== undefined);
    if (peers.length) {
      const doingWorse = peers.filter((peer) => worse(metric.polarity, peer.value, latest.value)).length;
      if (doingWorse / peers.length < limits.worstShare) {
        signals.push({
          board: metric.board,
          kind: Kind.INDICATOR_WORST_DECILE,
          summary: `"${metric.title}" is among the worst tenth of its nearest neighbours in ${latest.period}: ${doingWorse} of ${peers.length} do worse.`,
          evidence: evidenceOf({ metric: metric.id, period: latest.period, value: latest.value, unit: metric.unit, "neighbours with a value": peers.length, "neighbours doing worse": doingWorse }),
          since: periodStart(latest.period),
          recordType: "Metric",
          recordId: metric.id,
        });
      }
    }
    const run = own.slice(-(limits.fallingPeriods + 1));
    if (run.length === limits.fallingPeriods + 1 && run.every((v, i) => i === 0 || worse(metric.polarity, v.value, run[i - 1]!.value))) {
      signals.push({
        board: metric.board,
        kind: Kind.INDICATOR_FALLING,
        summary: `"${metric.title}" has got worse ${limits.fallingPeriods} periods running, from ${run[0]!.value} in ${run[0]!.period} to ${latest.value} in ${latest.period}.`,
        evidence: evidenceOf(Object.fromEntries([["metric", metric.id], ...run.map((v) => [`value ${v.period}`, v.value])])),
        since: periodStart(run[1]!.period),
        recordType: "Metric",
        recordId: metric.id,
      });
    }
  }
  return signals;
}

/** Rule: a concern is live while it is open or shared (not resolved or withdrawn). */
const LIVE = new Set([ConcernStatus.OPEN, ConcernStatus.SHARED]);

const CONCERN_KIND: Record<ConcernSeverity, Kind> = {
  [ConcernSeverity.SERIOUS]: Kind.CONCERN_SERIOUS,
  [ConcernSeverity.SIGNIFICANT]: Kind.CONCERN_SIGNIFICANT,
  [ConcernSeverity.EMERGING]: Kind.CONCERN_EMERGING,
};

/**
 * Rule: the LGA's own early-warning signals about a council — its
 * indicators against its nearest neighbours and over time; no corporate peer
 * challenge in the offer's no-cost window; and its live concerns by severity,
 * only where the viewer may read them (the rules of Council.concerns and
 * partners' sight before awareness), so nobody else learns of a concern from
 * a signal or from the level.
 */
export function corporateWarningSignals(records: CorporateWarningRecords, viewer: Viewer, limits: EarlyWarningThresholds = earlyWarningThresholds()): EarlyWarningSignal[] {
  const { council } = records;
  const signals: Array<Omit<EarlyWarningSignal, "council" | "board"> & { board?: PartnerBoard }> = indicatorSignals(records, limits);

  const inWindow = records.challenges.filter((c) => c.noCostWindow === NO_COST_WINDOW && c.status !== CorporatePeerChallengeStatus.CANCELLED);
  if (!inWindow.length) {
    const cancelled = records.challenges.filter((c) => c.status === CorporatePeerChallengeStatus.CANCELLED);
    signals.push({
      kind: Kind.NO_CORPORATE_PEER_CHALLENGE,
      summary: `The council has no corporate peer challenge in the offer's no-cost window (${NO_COST_WINDOW}), which offered one to every council${cancelled.length ? "; the one it booked was cancelled" : ""}.`,
      evidence: evidenceOf({ window: NO_COST_WINDOW, "peer challenges in the window": 0, "peer challenges cancelled": cancelled.length }),
      since: null,
      recordType: "CorporatePeerChallenge",
      recordId: cancelled.length ? String(cancelled.at(-1)!.id) : null,
    });
  }

  if (mayReadConcerns(viewer, council)) {
    for (const concern of records.concerns) {
      if (!LIVE.has(concern.status) || !mayPartnerSee(viewer, council, concern)) continue;
      signals.push({
        kind: CONCERN_KIND[concern.severity],
        summary: `A ${concern.severity.toLowerCase()} concern about the council, raised on ${concern.raisedOn}, is still ${concern.status.toLowerCase()}.`,
        evidence: evidenceOf({ severity: concern.severity, status: concern.status, "raised on": concern.raisedOn, "council aware on": concern.councilAwareOn }),
        since: concern.raisedOn,
        recordType: "Concern",
        recordId: String(concern.id),
      });
    }
  }
  return signals.map(({ board, ...signal }) => ({ council: council.code, board: board ?? PartnerBoard.CORPORATE, ...signal }));
}

/** A council's early warning: its own board's signals and the other boards', combined. */
export function combineWarning(signals: readonly EarlyWarningSignal[], assessedOn: string): { level: EarlyWarningLevel; signals: EarlyWarningSignal[]; assessedOn: string } {
  return { level: warningLevel(signals), signals: orderSignals(signals), assessedOn };
}

/** Rule: a watchlist ranks councils by level (most urgent first), then by number of signals, then by name. */
export function rankWatchlist<C extends { name: string }>(entries: ReadonlyArray<{ council: C; level: EarlyWarningLevel; signals: number }>, first: number): C[] {
  return [...entries]
    .sort((a, b) => rank(b.level) - rank(a.level) || b.signals - a.signals || a.council.name.localeCompare(b.council.name))
    .slice(0, first)
    .map((entry) => entry.council);
}

/** The watchlist's id: its regions and length, e.g. E12000009+E12000008/10. */
export const watchlistId = (regionCodes: readonly string[], first: number) => `${regionCodes.join("+")}/${first}`;

/** The regions and length a watchlist's id names (null for one this subgraph did not hand out). */
export function watchlistScope(id: string): { regionCodes: string[]; first: number } | null {
  const match = /^((?:E12\d{6})(?:\+E12\d{6})*)\/(\d{1,3})$/.exec(id);
  return match ? { regionCodes: match[1]!.split("+"), first: Number(match[2]) } : null;
}

/** Rule: the regions a watchlist covers — the one asked for; otherwise a principal adviser's own; otherwise all England's. */
export function watchlistRegions(viewer: Viewer, region: string | null | undefined, allRegions: readonly string[]): string[] {
  if (region) return [region];
  if (viewer.authenticated && viewer.roles.includes("PRINCIPAL_ADVISER") && viewer.regions.length) return [...viewer.regions].sort();
  return [...allRegions];
}
