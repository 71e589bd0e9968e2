import { groupedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { SupportLevelDecision } from "./support-level-decision.entity";

export function createSupportLevelLoaders(dataSource: DataSource) {
  const decisions = dataSource.getRepository(SupportLevelDecision);
  return {
    supportLevelDecisionsByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        decisions.find({ where: { councilCode: In([...codes]) }, order: { decidedOn: "DESC", id: "DESC" } }),
      (decision) => decision.councilCode,
    ),
  };
}
