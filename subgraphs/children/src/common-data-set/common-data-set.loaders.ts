import { groupedLoader, keyedLoader } from "@sli/shared";
import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { ChildrensIndicator, ChildrensIndicatorValue } from "./common-data-set.entity";
import { valuesByCouncil, type ValuesByCouncil } from "./common-data-set.rules";

export function createCommonDataSetLoaders(dataSource: DataSource) {
  const values = dataSource.getRepository(ChildrensIndicatorValue);
  return {
    indicatorByCode: keyedLoader(
      (codes: readonly string[]) => dataSource.getRepository(ChildrensIndicator).findBy({ code: In([...codes]) }),
      (indicator) => indicator.code,
    ),
    /** Every indicator, once per request (key: "all"). */
    allIndicators: new DataLoader<"all", ChildrensIndicator[]>(async (keys) => {
      const all = await dataSource.getRepository(ChildrensIndicator).find({ order: { code: "ASC" } });
      return keys.map(() => all);
    }),
    indicatorValuesByCouncil: groupedLoader(
      (codes: readonly string[]) => values.find({ where: { councilCode: In([...codes]) }, order: { period: "DESC", indicatorCode: "ASC" } }),
      (value) => value.councilCode,
    ),
    /** Every council's values in a period, for neighbours and comparisons. */
    indicatorValuesByPeriod: new DataLoader<string, ValuesByCouncil>(async (periods) => {
      const found = await values.findBy({ period: In([...periods]) });
      return periods.map((period) => valuesByCouncil(found.filter((value) => value.period === period)));
    }),
  };
}
