import { COMMON_DATA_SET_INDICATORS, COMMON_DATA_SET_DEMO_PERIOD, commonDataSetDemoValues, PartnerBoard, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "../council/council.entity";
import { CouncilType } from "../council/council.enums";
import { Metric, MetricValue } from "./performance.entity";
import { Polarity } from "./performance.enums";

/**
 * Demonstration performance data: nine corporate metrics for every council over the
 * financial years 2007/08 to 2011/12 (and, below, the CIB's and TEASC's measures), generated deterministically (a seeded
 * PRNG per council and metric; no Math.random). Titles, units and polarity
 * are plausible; the values are NOT the published figures, and every metric's
 * source says so. Provenance DEMO throughout.
 */
export const DEMO_PERIODS = ["2007/08", "2008/09", "2009/10", "2010/11", "2011/12"];
const DEMO_NOTE = " — illustrative demonstration values, not the published figures";

/** A deterministic PRNG (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 3432918353), (h = (h << 13) | (h >>> 19));
  let state = h >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw from two uniforms (Box–Muller). */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/** Each council's demo "underlying performance" (N(0,1)): metrics lean on it, so a council does well or badly across several. */
export function demoPerformanceFactor(code: string): number {
  return normal(seededRandom(`performance:${code}`));
}

type Generator = (council: Council, year: number, random: () => number) => number | null;

const between = (random: () => number, low: number, high: number) => low + (high - low) * random();
const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const collectsCouncilTax = (council: Council) => council.type !== CouncilType.COUNTY;

interface DemoMetric {
  metric: Omit<Metric, "provenance">;
  periods: string[];
  value: Generator;
}

const POPULATION_RANGE: Record<CouncilType, [number, number]> = {
  COUNTY: [480_000, 1_400_000],
  DISTRICT: [55_000, 190_000],
  UNITARY: [95_000, 530_000],
  METROPOLITAN_BOROUGH: [150_000, 1_000_000],
  LONDON_BOROUGH: [170_000, 370_000],
  OTHER: [2_000, 8_000],
};
const DENSITY_RANGE: Record<CouncilType, [number, number]> = {
  COUNTY: [1, 6],
  DISTRICT: [0.4, 25],
  UNITARY: [0.8, 40],
  METROPOLITAN_BOROUGH: [8, 45],
  LONDON_BOROUGH: [35, 140],
  OTHER: [1, 30],
};

export const DEMO_METRICS: DemoMetric[] = [
  {
    metric: {
      id: "population",
      title: "Resident population",
      unit: "persons",
      polarity: Polarity.NEUTRAL,
      source: `ONS mid-year population estimates${DEMO_NOTE}`,
      description: "Usual residents at 30 June of the financial year's first calendar year. Context indicator.",
      context: true,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS.slice(-3),
    value: (council, year, random) => {
      const [low, high] = POPULATION_RANGE[council.type];
      return Math.round(low * (high / low) ** random() * (1 + 0.006 * year));
    },
  },
  {
    metric: {
      id: "population-density",
      title: "Population density",
      unit: "persons per hectare",
      polarity: Polarity.NEUTRAL,
      source: `ONS mid-year population estimates and Standard Area Measurements${DEMO_NOTE}`,
      description: "Residents per hectare of land. Context indicator.",
      context: true,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS.slice(-3),
    value: (council, year, random) => {
      const [low, high] = DENSITY_RANGE[council.type];
      return round(low * (high / low) ** random() * (1 + 0.006 * year), 2);
    },
  },
  {
    metric: {
      id: "aged-65-and-over",
      title: "Residents aged 65 and over",
      unit: "%",
      polarity: Polarity.NEUTRAL,
      source: `ONS mid-year population estimates${DEMO_NOTE}`,
      description: "Share of residents aged 65 or over. Context indicator.",
      context: true,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS.slice(-3),
    value: (council, year, random) =>
      round((council.type === CouncilType.LONDON_BOROUGH ? between(random, 7, 15) : between(random, 13, 26)) + 0.2 * year, 1),
  },
  {
    metric: {
      id: "deprivation-score",
      title: "Index of Multiple Deprivation: average score",
      unit: "score",
      polarity: Polarity.NEUTRAL,
      source: `DCLG English Indices of Deprivation 2010${DEMO_NOTE}`,
      description: "Population-weighted average of the area's IMD scores (higher is more deprived). Context indicator.",
      context: true,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS.slice(-3),
    value: (council, _year, random) => {
      const urban = [CouncilType.METROPOLITAN_BOROUGH, CouncilType.LONDON_BOROUGH].includes(council.type);
      return round(urban ? between(random, 15, 45) : between(random, 7, 32), 1);
    },
  },
  {
    metric: {
      id: "council-tax-collected",
      title: "Council tax collected in year",
      unit: "%",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `DCLG collection rates for council tax${DEMO_NOTE}`,
      description: "Share of the council tax due in the year that was collected in the year (billing authorities only).",
      context: false,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS,
    value: (council, year, random) =>
      collectsCouncilTax(council) ? round(clamp(97.2 + 0.8 * demoPerformanceFactor(council.code) + 0.1 * year + 0.5 * normal(random), 90, 99.9), 1) : null,
  },
  {
    metric: {
      id: "household-waste-recycled",
      title: "Household waste sent for reuse, recycling or composting",
      unit: "%",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `Defra WasteDataFlow (former NI 192)${DEMO_NOTE}`,
      description: "Share of household waste sent for reuse, recycling or composting.",
      context: false,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS,
    value: (council, year, random) => round(clamp(38 + 6 * demoPerformanceFactor(council.code) + 1.5 * year + 3 * normal(random), 12, 65), 1),
  },
  {
    metric: {
      id: "housing-benefit-new-claim-days",
      title: "Average time to process new housing benefit claims",
      unit: "days",
      polarity: Polarity.LOWER_IS_BETTER,
      source: `DWP housing benefit speed of processing statistics${DEMO_NOTE}`,
      description: "Average calendar days from receipt to decision for new claims (billing authorities only).",
      context: false,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS,
    value: (council, year, random) =>
      collectsCouncilTax(council) ? round(clamp(24 - 5 * demoPerformanceFactor(council.code) - 0.6 * year + 3 * normal(random), 8, 60), 1) : null,
  },
  {
    metric: {
      id: "residents-satisfied",
      title: "Residents satisfied with the way the council runs things",
      unit: "%",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `LGA residents' satisfaction polling${DEMO_NOTE}`,
      description: "Share of residents surveyed who are fairly or very satisfied with the way the council runs things.",
      context: false,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS,
    value: (council, year, random) => round(clamp(66 + 5 * demoPerformanceFactor(council.code) + 0.5 * year + 2.5 * normal(random), 40, 90), 1),
  },
  {
    metric: {
      id: "sickness-absence-days",
      title: "Working days lost to sickness absence",
      unit: "days per FTE",
      polarity: Polarity.LOWER_IS_BETTER,
      source: `Council workforce returns (LGA workforce survey)${DEMO_NOTE}`,
      description: "Average working days lost to sickness absence per full-time-equivalent employee.",
      context: false,
      board: PartnerBoard.CORPORATE,
    },
    periods: DEMO_PERIODS,
    value: (council, year, random) => round(clamp(9.5 - 0.9 * demoPerformanceFactor(council.code) - 0.15 * year + 0.8 * normal(random), 4, 16), 1),
  },
];

/**
 * The CIB's common data set indicators as metrics of board CHILDREN, with the
 * same demonstration figures the children subgraph holds (the toolkit's one
 * generator): `cds-` and the CIB's code, e.g. `cds-cla-rate` for CLA_RATE.
 */
export const commonDataSetMetricId = (code: string) => `cds-${code.toLowerCase().replace(/_/g, "-")}`;

export const CHILDREN_METRICS: Array<Omit<Metric, "provenance">> = COMMON_DATA_SET_INDICATORS.map((indicator) => ({
  id: commonDataSetMetricId(indicator.code),
  title: indicator.name,
  unit: indicator.unit,
  polarity: indicator.polarity === "CONTEXT" ? Polarity.NEUTRAL : (indicator.polarity as Polarity),
  source: `CIB common data set for children's services, indicator ${indicator.code} (through LG Inform)${DEMO_NOTE}`,
  description: `The CIB's common data set indicator ${indicator.code}; upper-tier councils only. ${
    indicator.polarity === "CONTEXT" ? "Describes the area: neither way is better." : ""
  }`.trim(),
  context: false,
  board: PartnerBoard.CHILDREN,
}));

/** The common data set's demonstration figures for the upper-tier councils, as metric values. */
export function childrenMetricValues(councils: readonly Council[]): MetricValue[] {
  const upperTier = councils.filter((council) => council.upperTier).map((council) => council.code).sort();
  return commonDataSetDemoValues(upperTier).map((value) =>
    Object.assign(new MetricValue(), {
      metricId: commonDataSetMetricId(value.indicatorCode),
      period: value.period,
      councilCode: value.councilCode,
      value: value.value,
      provenance: Provenance.DEMO,
    }),
  );
}

const ASCOF = "NHS Information Centre, Adult Social Care Outcomes Framework 2011/12 (through LG Inform)";
const ADULTS_PERIODS = [COMMON_DATA_SET_DEMO_PERIOD];
const socialCare = (value: Generator): Generator => (council, year, random) => (council.upperTier ? value(council, year, random) : null);

/**
 * Adult social care measures TEASC would compare: a small set from the Adult
 * Social Care Outcomes Framework's first year (2011/12), the "key outcome
 * areas" the seed says the programme offers through LG Inform. Upper-tier
 * councils only (they hold adult social care). Demonstration values.
 */
export const ADULTS_METRICS: DemoMetric[] = [
  {
    metric: {
      id: "ascof-1a-quality-of-life",
      title: "Social care-related quality of life",
      unit: "score out of 24",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `${ASCOF}, measure 1A${DEMO_NOTE}`,
      description: "Average quality-of-life score reported by people who use services (adult social care survey).",
      context: false,
      board: PartnerBoard.ADULTS,
    },
    periods: ADULTS_PERIODS,
    value: socialCare((council, _year, random) => round(clamp(18.7 + 0.4 * demoPerformanceFactor(council.code) + 0.3 * normal(random), 16, 21), 1)),
  },
  {
    metric: {
      id: "ascof-1c-self-directed-support",
      title: "People using social care who receive self-directed support",
      unit: "%",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `${ASCOF}, measure 1C${DEMO_NOTE}`,
      description: "Share of people using community-based services who receive self-directed support, or a direct payment.",
      context: false,
      board: PartnerBoard.ADULTS,
    },
    periods: ADULTS_PERIODS,
    value: socialCare((council, _year, random) => round(clamp(43 + 8 * demoPerformanceFactor(council.code) + 9 * normal(random), 10, 95), 1)),
  },
  {
    metric: {
      id: "ascof-2a-care-home-admissions-65",
      title: "Permanent admissions of people aged 65 and over to residential and nursing care homes",
      unit: "per 100,000 aged 65+",
      polarity: Polarity.LOWER_IS_BETTER,
      source: `${ASCOF}, measure 2A part 2${DEMO_NOTE}`,
      description: "Permanent admissions to residential and nursing care of people aged 65 and over, per 100,000 of that population.",
      context: false,
      board: PartnerBoard.ADULTS,
    },
    periods: ADULTS_PERIODS,
    value: socialCare((council, _year, random) => Math.round(clamp(700 - 80 * demoPerformanceFactor(council.code) + 120 * normal(random), 300, 1300))),
  },
  {
    metric: {
      id: "ascof-2b-at-home-after-reablement",
      title: "Older people at home 91 days after discharge from hospital into reablement",
      unit: "%",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `${ASCOF}, measure 2B${DEMO_NOTE}`,
      description: "Share of people aged 65 and over still at home 91 days after leaving hospital into reablement or rehabilitation services.",
      context: false,
      board: PartnerBoard.ADULTS,
    },
    periods: ADULTS_PERIODS,
    value: socialCare((council, _year, random) => round(clamp(82 + 3 * demoPerformanceFactor(council.code) + 4 * normal(random), 60, 98), 1)),
  },
  {
    metric: {
      id: "ascof-2c-delayed-transfers",
      title: "Delayed transfers of care from hospital",
      unit: "per 100,000 aged 18+",
      polarity: Polarity.LOWER_IS_BETTER,
      source: `${ASCOF}, measure 2C part 1${DEMO_NOTE}`,
      description: "Delayed transfers of care from hospital, per 100,000 adults (average of monthly snapshots).",
      context: false,
      board: PartnerBoard.ADULTS,
    },
    periods: ADULTS_PERIODS,
    value: socialCare((council, _year, random) => round(clamp(10 - 1.5 * demoPerformanceFactor(council.code) + 3.5 * normal(random), 1, 30), 1)),
  },
  {
    metric: {
      id: "ascof-3a-satisfied-with-care",
      title: "People who use services satisfied with their care and support",
      unit: "%",
      polarity: Polarity.HIGHER_IS_BETTER,
      source: `${ASCOF}, measure 3A${DEMO_NOTE}`,
      description: "Share of people who use services who are extremely or very satisfied with their care and support (adult social care survey).",
      context: false,
      board: PartnerBoard.ADULTS,
    },
    periods: ADULTS_PERIODS,
    value: socialCare((council, _year, random) => round(clamp(62 + 3 * demoPerformanceFactor(council.code) + 3.5 * normal(random), 45, 80), 1)),
  },
];

/** Every demo metric value for the given councils, deterministically. */
export function demoMetricValues(councils: readonly Council[]): MetricValue[] {
  const rows: MetricValue[] = [];
  for (const { metric, periods, value } of [...DEMO_METRICS, ...ADULTS_METRICS]) {
    for (const council of councils) {
      const random = seededRandom(`${metric.id}:${council.code}`);
      for (const period of periods) {
        const year = DEMO_PERIODS.indexOf(period);
        const v = value(council, year, random);
        if (v != null) rows.push(Object.assign(new MetricValue(), { metricId: metric.id, period, councilCode: council.code, value: v, provenance: Provenance.DEMO }));
      }
    }
  }
  return [...rows, ...childrenMetricValues(councils)];
}

/** Loads the demo metrics and their values; only what is missing is added. */
export async function seedPerformanceDemo(manager: EntityManager): Promise<void> {
  const present = new Set((await manager.find(Metric, { select: { id: true } })).map((metric) => metric.id));
  const metrics = [...DEMO_METRICS.map(({ metric }) => metric), ...CHILDREN_METRICS, ...ADULTS_METRICS.map(({ metric }) => metric)].map((metric) =>
    Object.assign(new Metric(), { ...metric, provenance: Provenance.DEMO }),
  );
  const newMetrics = metrics.filter((metric) => !present.has(metric.id));
  if (newMetrics.length) await manager.insert(Metric, newMetrics);

  const councils = await manager.find(Council, { order: { code: "ASC" } });
  const rows = demoMetricValues(councils);
  const held = await manager.count(MetricValue, { where: { provenance: Provenance.DEMO } });
  if (held === rows.length) return;
  const existing = new Set(
    (await manager.find(MetricValue, { select: { metricId: true, period: true, councilCode: true } })).map(
      (row) => `${row.metricId}|${row.period}|${row.councilCode}`,
    ),
  );
  const missing = rows.filter((row) => !existing.has(`${row.metricId}|${row.period}|${row.councilCode}`));
  for (let i = 0; i < missing.length; i += 150) await manager.insert(MetricValue, missing.slice(i, i + 150));
}
