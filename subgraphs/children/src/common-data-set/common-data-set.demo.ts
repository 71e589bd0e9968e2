import { COMMON_DATA_SET_INDICATORS, commonDataSetDemoValues, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, upperTierCouncils } from "../common/demo";
import { ChildrensIndicator, ChildrensIndicatorValue } from "./common-data-set.entity";
import type { IndicatorPolarity } from "./common-data-set.enums";

/**
 * Demonstration: the indicators and a 2011/12 value of each for every
 * upper-tier council, from the toolkit's one generator (corporate's comparison
 * model shows the same figures as metrics of board CHILDREN). Not real data.
 */
export async function seedCommonDataSetDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, ChildrensIndicator)) return;
  await manager.insert(
    ChildrensIndicator,
    COMMON_DATA_SET_INDICATORS.map(({ code, name, unit, polarity }) => ({
      code,
      name,
      unit,
      polarity: polarity as IndicatorPolarity,
      description: `Demonstration indicator: ${name.toLowerCase()}.`,
      provenance: Provenance.DEMO,
    })),
  );
  const councils = await upperTierCouncils(manager);
  const values = commonDataSetDemoValues(councils.map((council) => council.code)).map((value) => ({ ...value, provenance: Provenance.DEMO }));
  for (let i = 0; i < values.length; i += 200) await manager.insert(ChildrensIndicatorValue, values.slice(i, i + 200) as ChildrensIndicatorValue[]);
}
