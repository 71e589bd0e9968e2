import { badUserInput, conflict, notFound, statisticalNeighbours as statisticalNeighboursOf } from "@sli/shared";
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

/** The council's ten statistical neighbours: the CIB's method, one definition in the toolkit (corporate's CIB_STATISTICAL set uses it too). */
export function statisticalNeighbours(target: string, byCouncil: ValuesByCouncil, count = STATISTICAL_NEIGHBOURS): StatisticalNeighbour[] {
  return statisticalNeighboursOf(target, byCouncil, count);
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
