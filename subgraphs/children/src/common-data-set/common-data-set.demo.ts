import { demoRandom, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, upperTierCouncils } from "../common/demo";
import { ChildrensIndicator, ChildrensIndicatorValue } from "./common-data-set.entity";
import { IndicatorPolarity } from "./common-data-set.enums";

/** Indicators of the kind the common data set holds; base, spread, and how strongly deprivation moves them. */
const INDICATORS = [
  { code: "CLA_RATE", name: "Children looked after per 10,000 children", unit: "per 10,000", polarity: IndicatorPolarity.CONTEXT, base: 59, spread: 12, deprivation: 25 },
  { code: "CPP_RATE", name: "Children subject to a child protection plan per 10,000 children", unit: "per 10,000", polarity: IndicatorPolarity.CONTEXT, base: 38, spread: 9, deprivation: 14 },
  { code: "REREFERRALS", name: "Re-referrals to children's social care within 12 months", unit: "%", polarity: IndicatorPolarity.LOWER_IS_BETTER, base: 25, spread: 5, deprivation: 2 },
  { code: "IA_7_DAYS", name: "Initial assessments completed within 7 working days", unit: "%", polarity: IndicatorPolarity.HIGHER_IS_BETTER, base: 77, spread: 8, deprivation: -3 },
  { code: "GCSE_5AC_EM", name: "Pupils achieving 5+ A*-C GCSEs including English and maths", unit: "%", polarity: IndicatorPolarity.HIGHER_IS_BETTER, base: 58, spread: 4, deprivation: -6 },
  { code: "NEET_16_18", name: "16-18 year olds not in education, employment or training", unit: "%", polarity: IndicatorPolarity.LOWER_IS_BETTER, base: 6, spread: 1.2, deprivation: 2 },
  { code: "FSM", name: "Pupils eligible for free school meals", unit: "%", polarity: IndicatorPolarity.CONTEXT, base: 17, spread: 3, deprivation: 8 },
] as const;

/**
 * Demonstration: the indicators and a 2011/12 value of each for every
 * upper-tier council, drawn around one hidden "deprivation" score per council
 * so that statistical neighbours come out meaningfully alike. Not real data.
 */
export async function seedCommonDataSetDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, ChildrensIndicator)) return;
  await manager.insert(
    ChildrensIndicator,
    INDICATORS.map(({ code, name, unit, polarity }) => ({ code, name, unit, polarity, description: `Demonstration indicator: ${name.toLowerCase()}.`, provenance: Provenance.DEMO })),
  );
  const random = demoRandom(1011);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const values: Partial<ChildrensIndicatorValue>[] = [];
  for (const council of await upperTierCouncils(manager)) {
    const deprivation = normal();
    for (const indicator of INDICATORS) {
      const value = Math.max(0, indicator.base + indicator.deprivation * deprivation + indicator.spread * normal());
      values.push({ indicatorCode: indicator.code, councilCode: council.code, period: "2011/12", value: Math.round(value * 10) / 10, provenance: Provenance.DEMO });
    }
  }
  for (let i = 0; i < values.length; i += 200) await manager.insert(ChildrensIndicatorValue, values.slice(i, i + 200) as ChildrensIndicatorValue[]);
}
