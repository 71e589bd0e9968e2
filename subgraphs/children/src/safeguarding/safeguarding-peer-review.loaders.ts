import { findIn, groupedLoader, keyedLoader, loaderPerSelection } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { SafeguardingPeerReview } from "./safeguarding-peer-review.entity";

export function createSafeguardingLoaders(dataSource: DataSource) {
  const reviews = dataSource.getRepository(SafeguardingPeerReview);
  return {
    /** Reviews by id: the entity's references (good practice items' sources), one statement for any number. */
    safeguardingReviewById: keyedLoader(
      (ids: readonly number[]) => reviews.findBy({ id: In([...ids]) }),
      (review) => review.id,
    ),
    /** Each council's reviews, reading only the columns the answer asks for (`.asked(info)`); `council` reads councilCode. */
    safeguardingReviewsByCouncil: loaderPerSelection(reviews, { byField: { council: ["councilCode"] } }, (columns) =>
      groupedLoader(
        (codes: readonly string[]) => findIn(reviews, "councilCode", codes, { columns, order: [["requestedOn", "ASC"], ["id", "ASC"]] }),
        (review) => review.councilCode,
      ),
    ),
    /** Each council's reviews' states and request dates (early warning): one statement for any number of councils. */
    safeguardingReviewStatesByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        findIn(reviews, "councilCode", codes, { columns: ["id", "councilCode", "status", "requestedOn"], order: [["requestedOn", "ASC"], ["id", "ASC"]] }),
      (review) => review.councilCode,
    ),
  };
}
