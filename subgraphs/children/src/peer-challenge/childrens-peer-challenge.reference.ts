import { isRecordId } from "@sli/shared";
import type { ChildrenContext } from "../context";

/** `ChildrensPeerChallenge` by its key, through the per-request loader; an id this board does not hold resolves to null. */
export const peerChallengeReference = {
  ChildrensPeerChallenge: {
    __resolveReference: (reference: { id: string }, { loaders }: ChildrenContext) =>
      isRecordId(reference.id) ? loaders.peerChallengeById.load(Number(reference.id)) : null,
  },
};
