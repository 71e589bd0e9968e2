import { isRecordId } from "@sli/shared";
import type { AdultsContext } from "../context";
import { mayReadLocalAccount } from "./local-account.rules";

/**
 * `LocalAccount` by its key, through the per-request loader. A draft is for
 * those who may write it (as in every other answer): for anyone else it
 * resolves to null, as an id this board does not hold does.
 */
export const localAccountReference = {
  LocalAccount: {
    __resolveReference: async (reference: { id: string }, { loaders, viewer }: AdultsContext) => {
      const account = isRecordId(reference.id) ? await loaders.localAccountById.load(Number(reference.id)) : null;
      return account && mayReadLocalAccount(viewer, account) ? account : null;
    },
  },
};
