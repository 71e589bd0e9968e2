import { groupedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { SafeguardingPeerReview } from "./safeguarding-peer-review.entity";

export function createSafeguardingLoaders(dataSource: DataSource) {
  return {
    safeguardingReviewsByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(SafeguardingPeerReview).find({ where: { councilCode: In([...codes]) }, order: { requestedOn: "ASC", id: "ASC" } }),
      (review) => review.councilCode,
    ),
  };
}
