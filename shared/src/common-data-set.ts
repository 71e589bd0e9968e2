import { demoRandom } from "./demo-random";

/**
 * The CIB's common data set for children's services, as the toolkit holds it
 * for every board that shows it: the children subgraph (its own store and
 * `childrensComparison`) and corporate's one comparison model (the indicators
 * as metrics of board CHILDREN). One definition, so that both show the same
 * demonstration figures and find the same statistical neighbours.
 */

/** How many statistical neighbours each council is compared with (the CIB's ten). */
export const STATISTICAL_NEIGHBOURS = 10;

export type CommonDataSetPolarity = "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" | "CONTEXT";

export interface CommonDataSetIndicator {
  code: string;
  name: string;
  unit: string;
  polarity: CommonDataSetPolarity;
  /** The demonstration's base value, spread, and how strongly the hidden deprivation score moves it. */
  base: number;
  spread: number;
  deprivation: number;
}

/** Indicators of the kind the common data set holds. */
export const COMMON_DATA_SET_INDICATORS: readonly CommonDataSetIndicator[] = [
  { code: "CLA_RATE", name: "Children looked after per 10,000 children", unit: "per 10,000", polarity: "CONTEXT", base: 59, spread: 12, deprivation: 25 },
  { code: "CPP_RATE", name: "Children subject to a child protection plan per 10,000 children", unit: "per 10,000", polarity: "CONTEXT", base: 38, spread: 9, deprivation: 14 },
  { code: "REREFERRALS", name: "Re-referrals to children's social care within 12 months", unit: "%", polarity: "LOWER_IS_BETTER", base: 25, spread: 5, deprivation: 2 },
  { code: "IA_7_DAYS", name: "Initial assessments completed within 7 working days", unit: "%", polarity: "HIGHER_IS_BETTER", base: 77, spread: 8, deprivation: -3 },
  { code: "GCSE_5AC_EM", name: "Pupils achieving 5+ A*-C GCSEs including English and maths", unit: "%", polarity: "HIGHER_IS_BETTER", base: 58, spread: 4, deprivation: -6 },
  { code: "NEET_16_18", name: "16-18 year olds not in education, employment or training", unit: "%", polarity: "LOWER_IS_BETTER", base: 6, spread: 1.2, deprivation: 2 },
  { code: "FSM", name: "Pupils eligible for free school meals", unit: "%", polarity: "CONTEXT", base: 17, spread: 3, deprivation: 8 },
];

/** The period the demonstration figures are for. */
export const COMMON_DATA_SET_DEMO_PERIOD = "2011/12";

export interface CommonDataSetValue {
  indicatorCode: string;
  councilCode: string;
  period: string;
  value: number;
}

/**
 * Demonstration figures: a 2011/12 value of each indicator for every
 * upper-tier council (give their codes in code order: the sequence depends on
 * it), drawn around one hidden "deprivation" score per council so that
 * statistical neighbours come out meaningfully alike. Not real data.
 */
export function commonDataSetDemoValues(upperTierCodes: readonly string[]): CommonDataSetValue[] {
  const random = demoRandom(1011);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const values: CommonDataSetValue[] = [];
  for (const councilCode of upperTierCodes) {
    const deprivation = normal();
    for (const indicator of COMMON_DATA_SET_INDICATORS) {
      const value = Math.max(0, indicator.base + indicator.deprivation * deprivation + indicator.spread * normal());
      values.push({ indicatorCode: indicator.code, councilCode, period: COMMON_DATA_SET_DEMO_PERIOD, value: Math.round(value * 10) / 10 });
    }
  }
  return values;
}

/** Councils' values in one period: council code → indicator → value. */
export type IndicatorValuesByCouncil = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface StatisticalNeighbourOf {
  councilCode: string;
  distance: number;
  /** 1 for the nearest. */
  rank: number;
}

/**
 * The CIB's statistical neighbours of a council, computed from the common
 * data set of one period: each indicator the council has is turned into
 * z-scores across every council holding all of those indicators; the
 * neighbours are the councils at the smallest Euclidean distance over those
 * z-scores (ties by council code). Indicators that do not vary are left out.
 */
export function statisticalNeighbours(target: string, byCouncil: IndicatorValuesByCouncil, count = STATISTICAL_NEIGHBOURS): StatisticalNeighbourOf[] {
  const own = byCouncil.get(target);
  if (!own || own.size === 0) return [];
  const indicators = [...own.keys()].sort();
  const candidates = [...byCouncil.entries()].filter(([, values]) => indicators.every((code) => values.has(code)));
  const scales = indicators
    .map((code) => {
      const column = candidates.map(([, values]) => values.get(code)!);
      const mean = column.reduce((sum, v) => sum + v, 0) / column.length;
      const sd = Math.sqrt(column.reduce((sum, v) => sum + (v - mean) ** 2, 0) / column.length);
      return { code, sd };
    })
    .filter((scale) => scale.sd > 0);
  if (!scales.length) return [];
  return candidates
    .filter(([code]) => code !== target)
    .map(([code, values]) => ({
      councilCode: code,
      distance: Math.sqrt(scales.reduce((sum, { code: indicator, sd }) => sum + ((values.get(indicator)! - own.get(indicator)!) / sd) ** 2, 0)),
    }))
    .sort((a, b) => a.distance - b.distance || a.councilCode.localeCompare(b.councilCode))
    .slice(0, count)
    .map((neighbour, i) => ({ ...neighbour, rank: i + 1 }));
}
