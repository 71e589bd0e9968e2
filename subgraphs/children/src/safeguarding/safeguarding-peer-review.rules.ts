import { badUserInput, conflict, defineLifecycle } from "@sli/shared";
import { ChildrensSupportLevel } from "../council/council.enums";
import { type SafeguardingPeerReview } from "./safeguarding-peer-review.entity";
import { SafeguardingPeerReviewStatus as Status } from "./safeguarding-peer-review.enums";

export const SAFEGUARDING_LIFECYCLE = defineLifecycle(
  "safeguarding peer review",
  "requested → scheduled → on site → reported; withdrawn from requested or scheduled",
  {
    [Status.REQUESTED]: [Status.SCHEDULED, Status.WITHDRAWN],
    [Status.SCHEDULED]: [Status.ON_SITE, Status.WITHDRAWN],
    [Status.ON_SITE]: [Status.REPORTED],
    [Status.REPORTED]: [],
    [Status.WITHDRAWN]: [],
  },
);

/** Open reviews: one per council at a time. */
export const OPEN_STATUSES: readonly Status[] = [Status.REQUESTED, Status.SCHEDULED, Status.ON_SITE];

/** Targeted support first, then early support, then universal. */
const PRIORITY: Record<ChildrensSupportLevel, number> = {
  [ChildrensSupportLevel.TARGETED_SUPPORT]: 0,
  [ChildrensSupportLevel.EARLY_SUPPORT]: 1,
  [ChildrensSupportLevel.UNIVERSAL]: 2,
};

/**
 * Rule: the offer is open to all but prioritised for councils in an agreed
 * package of targeted or early support. The queue orders waiting requests by
 * the council's support level (targeted, early, universal), then by request
 * date, then by id (first recorded first).
 */
export function safeguardingQueueOrder<T extends { review: Pick<SafeguardingPeerReview, "id" | "requestedOn">; supportLevel: ChildrensSupportLevel }>(
  waiting: readonly T[],
): T[] {
  return [...waiting].sort(
    (a, b) =>
      PRIORITY[a.supportLevel] - PRIORITY[b.supportLevel] ||
      a.review.requestedOn.localeCompare(b.review.requestedOn) ||
      a.review.id - b.review.id,
  );
}

/** Rule: a visit is on or after the request, and ends on or after it starts. */
export function requireVisitDates(requestedOn: string, from: string | null | undefined, to: string | null | undefined): void {
  if (!from || !to) throw badUserInput("Scheduling a safeguarding peer review needs onSiteFrom and onSiteTo", { argument: "onSiteFrom" });
  if (from < requestedOn) throw badUserInput(`The visit cannot start (${from}) before the review was requested (${requestedOn})`, { argument: "onSiteFrom" });
  if (to < from) throw badUserInput(`The visit cannot end (${to}) before it starts (${from})`, { argument: "onSiteTo" });
}

/** Rule: a review reports on or after the last day on site. */
export function requireReportDate(onSiteTo: string, reportedOn: string | null | undefined): void {
  if (!reportedOn) throw badUserInput("Recording a report needs reportedOn", { argument: "reportedOn" });
  if (reportedOn < onSiteTo) throw badUserInput(`The review cannot report (${reportedOn}) before its visit ends (${onSiteTo})`, { argument: "reportedOn" });
}

/** Rule: one open (requested, scheduled or on site) safeguarding peer review per council. */
export function oneOpenReview(council: string) {
  return conflict(`Council ${council} already has a safeguarding peer review requested, scheduled or on site: one open review per council`);
}
