import { addDays, demoRandom, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, KEEP_UNIVERSAL, upperTierCouncils } from "../common/demo";
import { ChildrensSupportLevel } from "../council/council.enums";
import { SafeguardingPeerReview } from "./safeguarding-peer-review.entity";
import { SafeguardingPeerReviewStatus as Status } from "./safeguarding-peer-review.enums";

/** The published figure: twenty six safeguarding peer reviews delivered to date (2012). */
export const SAFEGUARDING_REVIEWS_DELIVERED = 26;

/**
 * Demonstration: exactly 26 reviews reported (councils in targeted or early
 * support first, as the offer is prioritised), two scheduled, one on site, one
 * withdrawn and six requests waiting in the queue at mixed support levels.
 */
export async function seedSafeguardingDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, SafeguardingPeerReview)) return;
  const random = demoRandom(26);
  const councils = (await upperTierCouncils(manager)).filter((council) => !KEEP_UNIVERSAL.has(council.code));
  const rank = { [ChildrensSupportLevel.TARGETED_SUPPORT]: 0, [ChildrensSupportLevel.EARLY_SUPPORT]: 1, [ChildrensSupportLevel.UNIVERSAL]: 2 };
  const prioritised = [...councils].sort((a, b) => rank[a.supportLevel!] - rank[b.supportLevel!] || a.code.localeCompare(b.code));
  const supported = prioritised.filter((council) => council.supportLevel !== ChildrensSupportLevel.UNIVERSAL);
  const universal = prioritised.filter((council) => council.supportLevel === ChildrensSupportLevel.UNIVERSAL);
  // Delivered: mostly supported councils, some universal (the offer is open to all).
  const delivered = [...supported.slice(0, 18), ...universal.filter((_, i) => i % 11 === 0).slice(0, SAFEGUARDING_REVIEWS_DELIVERED - Math.min(18, supported.length))];
  const rest = prioritised.filter((council) => !delivered.includes(council));
  const reviews: Partial<SafeguardingPeerReview>[] = delivered.slice(0, SAFEGUARDING_REVIEWS_DELIVERED).map((council, i) => {
    const requestedOn = addDays("2011-04-04", i * 11 + Math.floor(random() * 7));
    const onSiteFrom = addDays(requestedOn, 42 + Math.floor(random() * 21));
    const onSiteTo = addDays(onSiteFrom, 4);
    return {
      councilCode: council.code,
      openCouncilCode: null,
      status: Status.REPORTED,
      requestedOn,
      onSiteFrom,
      onSiteTo,
      reportedOn: addDays(onSiteTo, 28),
      provenance: Provenance.DEMO,
    };
  });
  const open = (council: (typeof rest)[number], status: Status, requestedOn: string): Partial<SafeguardingPeerReview> => ({
    councilCode: council.code,
    openCouncilCode: status === Status.WITHDRAWN ? null : council.code,
    status,
    requestedOn,
    onSiteFrom: status === Status.SCHEDULED || status === Status.ON_SITE ? addDays(requestedOn, 56) : null,
    onSiteTo: status === Status.SCHEDULED || status === Status.ON_SITE ? addDays(requestedOn, 60) : null,
    withdrawnOn: status === Status.WITHDRAWN ? addDays(requestedOn, 20) : null,
    provenance: Provenance.DEMO,
  });
  const restSupported = rest.filter((council) => council.supportLevel !== ChildrensSupportLevel.UNIVERSAL);
  const restUniversal = rest.filter((council) => council.supportLevel === ChildrensSupportLevel.UNIVERSAL);
  reviews.push(
    open(restSupported[0] ?? restUniversal[20], Status.ON_SITE, "2012-03-05"),
    open(restUniversal[3], Status.SCHEDULED, "2012-04-16"),
    open(restUniversal[7], Status.SCHEDULED, "2012-05-08"),
    open(restUniversal[11], Status.WITHDRAWN, "2012-02-13"),
    // The queue: universal requests made first still wait behind later supported ones.
    open(restUniversal[15], Status.REQUESTED, "2012-05-14"),
    open(restUniversal[19], Status.REQUESTED, "2012-06-04"),
    open(restSupported[1] ?? restUniversal[23], Status.REQUESTED, "2012-06-11"),
    open(restSupported[2] ?? restUniversal[27], Status.REQUESTED, "2012-06-18"),
    open(restSupported[3] ?? restUniversal[31], Status.REQUESTED, "2012-06-25"),
    open(restUniversal[35], Status.REQUESTED, "2012-07-02"),
  );
  await manager.insert(SafeguardingPeerReview, reviews as SafeguardingPeerReview[]);
}
