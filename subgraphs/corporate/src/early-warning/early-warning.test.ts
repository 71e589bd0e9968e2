import { ANONYMOUS, ConfigError, EarlyWarningSignalKind as Kind, PartnerBoard } from "@sli/shared";
import { testViewer } from "@sli/shared/testing";
import { ConcernSeverity, ConcernStatus } from "../concerns/concern.enums";
import { Polarity } from "../performance/performance.enums";
import { CorporatePeerChallengeStatus } from "../peer-challenge/corporate-peer-challenge.enums";
import { EarlyWarningLevel } from "./early-warning.enums";
import {
  corporateWarningSignals,
  type CorporateWarningRecords,
  DEFAULT_EARLY_WARNING_THRESHOLDS as LIMITS,
  metricSeries,
  rankWatchlist,
  readEarlyWarningThresholds,
  warningLevel,
  watchlistRegions,
  watchlistScope,
} from "./early-warning.rules";

const CORNWALL = { code: "E06000052", regionCode: "E12000009", name: "Cornwall" };
const METRIC = { id: "residents-satisfied", title: "Residents satisfied", polarity: Polarity.HIGHER_IS_BETTER, unit: "%", board: PartnerBoard.CORPORATE };
const value = (period: string, v: number) => ({ metricId: METRIC.id, period, value: v });

function records(overrides: Partial<CorporateWarningRecords> = {}): CorporateWarningRecords {
  return {
    council: CORNWALL,
    metrics: [METRIC],
    values: metricSeries([value("2011/12", 71), value("2010/11", 70)]),
    neighbourValues: Array.from({ length: 15 }, (_, i) => metricSeries([value("2011/12", 60 + i)])),
    challenges: [{ id: 1, status: CorporatePeerChallengeStatus.BOOKED, noCostWindow: "2011/14", interestExpressedOn: "2011-09-01" }],
    concerns: [],
    ...overrides,
  };
}

describe("early-warning rules (corporate)", () => {
  it("reads its thresholds from the environment, refusing bad values by name", () => {
    expect(readEarlyWarningThresholds({})).toEqual(LIMITS);
    expect(readEarlyWarningThresholds({ EARLY_WARNING_WORST_SHARE: "0.2", EARLY_WARNING_CONCERN_AT: "3" })).toMatchObject({ worstShare: 0.2, concernAt: 3 });
    expect(() => readEarlyWarningThresholds({ EARLY_WARNING_WORST_SHARE: "2" })).toThrow(ConfigError);
    expect(() => readEarlyWarningThresholds({ EARLY_WARNING_FALLING_PERIODS: "three" })).toThrow(/EARLY_WARNING_FALLING_PERIODS/);
    expect(() => readEarlyWarningThresholds({ EARLY_WARNING_SERIOUS_AT: "3", EARLY_WARNING_CONCERN_AT: "3" })).toThrow(/must be more than/);
  });

  it("sets the level from the most urgent signal, raised by the number of signals together", () => {
    const watch = { kind: Kind.NO_CORPORATE_PEER_CHALLENGE };
    expect(warningLevel([], LIMITS)).toBe(EarlyWarningLevel.NONE);
    expect(warningLevel([watch], LIMITS)).toBe(EarlyWarningLevel.WATCH);
    expect(warningLevel([{ kind: Kind.CHILDRENS_TARGETED_SUPPORT }], LIMITS)).toBe(EarlyWarningLevel.CONCERN);
    expect(warningLevel([{ kind: Kind.CONCERN_SERIOUS }], LIMITS)).toBe(EarlyWarningLevel.SERIOUS);
    expect(warningLevel(Array(LIMITS.concernAt).fill(watch), LIMITS)).toBe(EarlyWarningLevel.CONCERN);
    expect(warningLevel(Array(LIMITS.seriousAt).fill(watch), LIMITS)).toBe(EarlyWarningLevel.SERIOUS);
  });

  it("signals an indicator in the worst decile of its nearest neighbours, and one falling three periods running", () => {
    expect(corporateWarningSignals(records(), ANONYMOUS, LIMITS)).toEqual([]);
    const worst = corporateWarningSignals(records({ values: metricSeries([value("2011/12", 59)]) }), ANONYMOUS, LIMITS);
    expect(worst).toMatchObject([{ kind: Kind.INDICATOR_WORST_DECILE, board: "CORPORATE", council: CORNWALL.code, since: "2011-04-01", recordId: METRIC.id }]);
    expect(worst[0]!.summary).toBe('"Residents satisfied" is among the worst tenth of its nearest neighbours in 2011/12: 0 of 15 do worse.');
    const falling = corporateWarningSignals(
      records({ values: metricSeries([value("2008/09", 80), value("2009/10", 78), value("2010/11", 76), value("2011/12", 74)]) }),
      ANONYMOUS,
      LIMITS,
    );
    expect(falling.map((signal) => signal.kind)).toEqual([Kind.INDICATOR_FALLING]);
    expect(falling[0]!.evidence.map((e) => e.value)).toEqual([METRIC.id, "80", "78", "76", "74"]);
  });

  it("gives an indicator's signal to the board whose metric it is: one comparison model for the three boards", () => {
    const children = { ...METRIC, id: "cds-ia-7-days", title: "Initial assessments within 7 days", board: PartnerBoard.CHILDREN };
    const series = (v: number) => metricSeries([{ metricId: children.id, period: "2011/12", value: v }]);
    const signals = corporateWarningSignals(
      records({ metrics: [children], values: series(10), neighbourValues: Array.from({ length: 15 }, (_, i) => series(60 + i)) }),
      ANONYMOUS,
      LIMITS,
    );
    expect(signals).toMatchObject([{ kind: Kind.INDICATOR_WORST_DECILE, board: "CHILDREN", recordType: "Metric", recordId: children.id }]);
  });

  it("signals no corporate peer challenge in the window, a cancelled one not counting", () => {
    const cancelled = records({ challenges: [{ id: 7, status: CorporatePeerChallengeStatus.CANCELLED, noCostWindow: null, interestExpressedOn: "2011-09-01" }] });
    expect(corporateWarningSignals(cancelled, ANONYMOUS, LIMITS)).toMatchObject([{ kind: Kind.NO_CORPORATE_PEER_CHALLENGE, recordId: "7" }]);
  });

  it("signals live concerns only to callers who may read them", () => {
    const concern = { id: 3, severity: ConcernSeverity.SERIOUS, status: ConcernStatus.OPEN, raisedOn: "2012-05-01", councilAwareOn: null };
    const withConcerns = records({ concerns: [concern, { ...concern, id: 4, status: ConcernStatus.RESOLVED }] });
    const adviser = testViewer("PRINCIPAL_ADVISER", { regions: ["E12000009"] });
    expect(corporateWarningSignals(withConcerns, adviser, LIMITS)).toMatchObject([{ kind: Kind.CONCERN_SERIOUS, recordId: "3", since: "2012-05-01" }]);
    for (const viewer of [ANONYMOUS, testViewer("ANALYST"), testViewer("BOARD_MEMBER"), testViewer("PRINCIPAL_ADVISER", { regions: ["E12000001"] })]) {
      expect(corporateWarningSignals(withConcerns, viewer, LIMITS)).toEqual([]);
    }
    // A partner reads a concern only once the council is aware of it.
    const partner = testViewer("PARTNER_SYSTEM", { scopes: ["intelligence:read"] });
    expect(corporateWarningSignals(withConcerns, partner, LIMITS)).toEqual([]);
    expect(corporateWarningSignals(records({ concerns: [{ ...concern, councilAwareOn: "2012-05-02" }] }), partner, LIMITS)).toHaveLength(1);
  });

  it("ranks by level, then number of signals, then name; scopes a watchlist by region, an adviser's regions or England", () => {
    const entry = (name: string, level: EarlyWarningLevel, signals: number) => ({ council: { name }, level, signals });
    const ranked = rankWatchlist([entry("B", EarlyWarningLevel.WATCH, 3), entry("A", EarlyWarningLevel.WATCH, 3), entry("C", EarlyWarningLevel.SERIOUS, 1), entry("D", EarlyWarningLevel.WATCH, 4)], 3);
    expect(ranked.map((council) => council.name)).toEqual(["C", "D", "A"]);
    const all = ["E12000001", "E12000009"];
    expect(watchlistRegions(testViewer("PRINCIPAL_ADVISER", { regions: ["E12000009", "E12000005"] }), null, all)).toEqual(["E12000005", "E12000009"]);
    expect(watchlistRegions(testViewer("ANALYST"), null, all)).toEqual(all);
    expect(watchlistRegions(ANONYMOUS, "E12000001", all)).toEqual(["E12000001"]);
    expect(watchlistScope("E12000005+E12000009/10")).toEqual({ regionCodes: ["E12000005", "E12000009"], first: 10 });
    expect(watchlistScope("anything")).toBeNull();
  });
});
