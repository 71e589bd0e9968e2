import { councilAndAdviserRule, type Publication, type ReadRule, viewerHolds, WRITERS } from "@sli/shared";

/**
 * Rule: the sign-off's evidence (the council's progress report, the peer
 * challenge's results, the endorsements and confirmations) is for the
 * council, its principal adviser, TEASC and the LGA until the board has
 * recognised the council's progress, when it is the learning to share.
 */
export const SIGN_OFF_READERS = councilAndAdviserRule<{ councilCode: string }>("adults", (signOff) => signOff.councilCode);

export const RECOGNISED_BY_THE_BOARD: Publication<{ status: string }> = {
  when: "once the TEASC board has recognised the council's progress (RECOGNISED)",
  reads: ["status"],
  isPublished: (signOff) => signOff.status === "RECOGNISED",
};

/**
 * Rule: a draft local account is for those who may write it — the council's
 * own officers, TEASC officers and partners with adults:write
 * (`mayReadLocalAccount` leaves drafts out of every answer for anyone else).
 */
export const LOCAL_ACCOUNT_READERS: ReadRule<{ councilCode: string }> = {
  name: "adults.local-account-writers",
  readers: "the council's own officers, TEASC officers and partner systems with adults:write",
  reads: ["councilCode"],
  allows: (viewer, account) =>
    viewerHolds(viewer, WRITERS.adults) || (viewer.roles.includes("COUNCIL_OFFICER") && viewer.council === account?.councilCode),
};

export const LOCAL_ACCOUNT_PUBLISHED: Publication<{ status: string }> = {
  when: "once the council publishes it",
  reads: ["status"],
  isPublished: (account) => account.status !== "DRAFT",
};
