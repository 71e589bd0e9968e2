import { badUserInput, conflict, notFound } from "@sli/shared";
import { type ChildrensIndicator, type ChildrensIndicatorValue, IndicatorComparison, STATISTICAL_NEIGHBOURS, type StatisticalNeighbour } from "./common-data-set.entity";
import { IndicatorPolarity } from "./common-data-set.enums";

/** One council's values in a period, by indicator code. */
export type ValuesByCouncil = Map<string, Map<string, number>>;

export function valuesByCouncil(values: readonly ChildrensIndicatorValue[]): ValuesByCouncil {
  const byCouncil: ValuesByCouncil = new Map();
  for (const value of values) {
    const council = byCouncil.get(value.councilCode) ?? new Map<string, number>();
    council.set(value.indicatorCode, value.value);
    byCouncil.set(value.councilCode, council);
  }
  return byCouncil;
}

/**
 * The council's ten statistical neighbours, computed from the common data set
 * of one period: each indicator the council has is turned into z-scores across
 * every council holding all of those indicators; the neighbours are the
 * councils at the smallest Euclidean distance over those z-scores (ties by
 * council code). Indicators that do not vary are left out.
 */
export function statisticalNeighbours(target: string, byCouncil: ValuesByCouncil, count = STATISTICAL_NEIGHBOURS): StatisticalNeighbour[] {
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

/** Compares the council's value of each indicator with its neighbours': mean, range, and its place among them by polarity. */
export function compareWithNeighbours(
  target: string,
  neighbours: readonly string[],
  indicators: readonly ChildrensIndicator[],
  byCouncil: ValuesByCouncil,
): IndicatorComparison[] {
  return indicators.map((indicator) => {
    const value = byCouncil.get(target)?.get(indicator.code) ?? null;
    const theirs = neighbours.map((code) => byCouncil.get(code)?.get(indicator.code)).filter((v): v is number => v !== undefined);
    let rank: number | null = null;
    if (value !== null && indicator.polarity !== IndicatorPolarity.CONTEXT) {
      const better = theirs.filter((v) => (indicator.polarity === IndicatorPolarity.HIGHER_IS_BETTER ? v > value : v < value));
      rank = better.length + 1;
    }
    return Object.assign(new IndicatorComparison(), {
      indicator,
      value,
      neighbourAverage: theirs.length ? theirs.reduce((sum, v) => sum + v, 0) / theirs.length : null,
      neighbourMin: theirs.length ? Math.min(...theirs) : null,
      neighbourMax: theirs.length ? Math.max(...theirs) : null,
      rankAmongNeighbours: rank,
    });
  });
}

/** Rule: an indicator value is a finite number. */
export function requireFiniteValue(value: number): number {
  if (!Number.isFinite(value)) throw badUserInput(`The value must be a finite number, not ${value}`, { argument: "value" });
  return value;
}

/** Rule: a value is of an indicator of the common data set; any other code is NOT_FOUND. */
export function noSuchIndicator(indicator: string) {
  return notFound(`No common data set indicator has the code ${indicator}`, { argument: "indicator" });
}

/** Rule: one value per indicator, council and period. */
export function oneValuePerPeriod(council: string, indicator: string, period: string) {
  return conflict(`Council ${council} already has a value of ${indicator} for ${period}: one value per indicator, council and period`);
}
