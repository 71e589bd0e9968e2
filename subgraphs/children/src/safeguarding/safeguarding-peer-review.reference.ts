import { isRecordId } from "@sli/shared";
import type { ChildrenContext } from "../context";

/** `SafeguardingPeerReview` by its key, through the per-request loader; an id this board does not hold resolves to null. */
export const safeguardingReviewReference = {
  SafeguardingPeerReview: {
    __resolveReference: (reference: { id: string }, { loaders }: ChildrenContext) =>
      isRecordId(reference.id) ? loaders.safeguardingReviewById.load(Number(reference.id)) : null,
  },
};
