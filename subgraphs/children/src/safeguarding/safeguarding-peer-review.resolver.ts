import { applyMove, assertMove, isoDate, Provenance, Public, WRITERS } from "@sli/shared";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { findOrNotFound } from "../common/find";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { requireChildrensServicesCouncil } from "../council/council.rules";
import { ChildrensSupportLevel } from "../council/council.enums";
import {
  SAFEGUARDING_FOCUS,
  SafeguardingPeerReview,
  SafeguardingPeerReviewSummary,
  SafeguardingQueueEntry,
} from "./safeguarding-peer-review.entity";
import { SafeguardingPeerReviewStatus as Status } from "./safeguarding-peer-review.enums";
import {
  ReportSafeguardingPeerReviewInput,
  RequestSafeguardingPeerReviewInput,
  ScheduleSafeguardingPeerReviewInput,
  StartSafeguardingPeerReviewVisitInput,
  WithdrawSafeguardingPeerReviewInput,
} from "./safeguarding-peer-review.inputs";
import { oneOpenReview, requireReportDate, requireVisitDates, SAFEGUARDING_LIFECYCLE, safeguardingQueueOrder } from "./safeguarding-peer-review.rules";

const THING = "safeguarding peer review";

@Resolver(() => Council)
export class CouncilSafeguardingPeerReviewsResolver {
  @Public()
  @FieldResolver(() => [SafeguardingPeerReview], {
    description: "The council's safeguarding peer reviews, earliest request first (empty for a shire district).",
  })
  async safeguardingPeerReviews(
    @Root() council: Council,
    @Ctx() { loaders }: ChildrenContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<SafeguardingPeerReview[]> {
    if (!council.upperTier) return [];
    return loaders.safeguardingReviewsByCouncil.asked(info).load(council.code);
  }
}

@Resolver(() => SafeguardingPeerReview)
export class SafeguardingPeerReviewResolver {
  @Public()
  @FieldResolver(() => Council, { description: "The council reviewed." })
  async council(@Root() review: SafeguardingPeerReview, @Ctx() { loaders }: ChildrenContext): Promise<Council> {
    return (await loaders.councilByCode.load(review.councilCode))!;
  }

  @Public()
  @FieldResolver(() => String, { description: "The fixed national focus every safeguarding peer review shares." })
  focus(): string {
    return SAFEGUARDING_FOCUS;
  }

  @Public()
  @FieldResolver(() => Int, { description: "What the review costs the council: nothing (a nationally organised, no-cost offer)." })
  costToCouncil(): number {
    return 0;
  }

  @Public()
  @Query(() => [SafeguardingQueueEntry], {
    description: "Requests waiting for a safeguarding peer review, in priority order: targeted support, then early support, then universal; then by request date.",
  })
  async safeguardingPeerReviewQueue(@Ctx() { dataSource, loaders }: ChildrenContext): Promise<SafeguardingQueueEntry[]> {
    const waiting = await dataSource.getRepository(SafeguardingPeerReview).findBy({ status: Status.REQUESTED });
    const councils = await loaders.councilByCode.loadMany(waiting.map((review) => review.councilCode));
    const entries = waiting.map((review, i) => ({
      review,
      supportLevel: (councils[i] as Council | null)?.supportLevel ?? ChildrensSupportLevel.UNIVERSAL,
    }));
    return safeguardingQueueOrder(entries).map((entry, i) => ({ ...entry, position: i + 1 }));
  }

  @Public()
  @Query(() => SafeguardingPeerReviewSummary, { description: "Safeguarding peer reviews counted by status across England." })
  async safeguardingPeerReviewSummary(@Ctx() { dataSource }: ChildrenContext): Promise<SafeguardingPeerReviewSummary> {
    const rows: Array<{ status: Status; count: string | number }> = await dataSource
      .getRepository(SafeguardingPeerReview)
      .createQueryBuilder("review")
      .select("review.status", "status")
      .addSelect("COUNT(*)", "count")
      .groupBy("review.status")
      .getRawMany();
    const count = (status: Status) => Number(rows.find((row) => row.status === status)?.count ?? 0);
    return {
      delivered: count(Status.REPORTED),
      requested: count(Status.REQUESTED),
      scheduled: count(Status.SCHEDULED),
      onSite: count(Status.ON_SITE),
      withdrawn: count(Status.WITHDRAWN),
      costToCouncil: 0,
    };
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => SafeguardingPeerReview, {
    description: "Records a council's request for a safeguarding peer review; it joins the priority queue. One open review per council.",
  })
  requestSafeguardingPeerReview(
    @Arg("input", () => RequestSafeguardingPeerReviewInput, { description: "The request." }) input: RequestSafeguardingPeerReviewInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<SafeguardingPeerReview> {
    const requestedOn = isoDate(input.requestedOn, "requestedOn");
    const alreadyOpen = () => oneOpenReview(input.council);
    return ctx.transaction(
      async (manager) => {
        const council = await requireChildrensServicesCouncil(manager, input.council);
        if (await manager.existsBy(SafeguardingPeerReview, { openCouncilCode: council.code })) throw alreadyOpen();
        return manager.save(
          manager.create(SafeguardingPeerReview, {
            councilCode: council.code,
            openCouncilCode: council.code,
            status: Status.REQUESTED,
            requestedOn,
            onSiteFrom: null,
            onSiteTo: null,
            reportedOn: null,
            withdrawnOn: null,
            localEmphasis: input.localEmphasis?.trim() || null,
            provenance: Provenance.RECORDED,
          }),
        );
      },
      { onViolation: (violation) => (violation.kind === "unique" ? alreadyOpen() : undefined) },
    );
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => SafeguardingPeerReview, { description: "Schedules a requested review: the dates its peer team will be on site. It leaves the queue." })
  scheduleSafeguardingPeerReview(
    @Arg("input", () => ScheduleSafeguardingPeerReviewInput, { description: "The review and its dates." }) input: ScheduleSafeguardingPeerReviewInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<SafeguardingPeerReview> {
    const onSiteFrom = isoDate(input.onSiteFrom, "onSiteFrom");
    const onSiteTo = isoDate(input.onSiteTo, "onSiteTo");
    return moveReview(ctx, input.id, Status.SCHEDULED, (review) => {
      requireVisitDates(review.requestedOn, onSiteFrom, onSiteTo);
      return { onSiteFrom, onSiteTo };
    });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => SafeguardingPeerReview, { description: "Records that a scheduled review's peer team is on site." })
  startSafeguardingPeerReviewVisit(
    @Arg("input", () => StartSafeguardingPeerReviewVisitInput, { description: "The review." }) input: StartSafeguardingPeerReviewVisitInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<SafeguardingPeerReview> {
    return moveReview(ctx, input.id, Status.ON_SITE, () => ({}));
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => SafeguardingPeerReview, { description: "Records that a review has reported, on or after its last day on site; it is no longer open." })
  reportSafeguardingPeerReview(
    @Arg("input", () => ReportSafeguardingPeerReviewInput, { description: "The review and when it reported." }) input: ReportSafeguardingPeerReviewInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<SafeguardingPeerReview> {
    const reportedOn = isoDate(input.reportedOn, "reportedOn");
    return moveReview(ctx, input.id, Status.REPORTED, (review) => {
      requireReportDate(review.onSiteTo!, reportedOn);
      return { reportedOn, openCouncilCode: null };
    });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => SafeguardingPeerReview, { description: "Records that the council withdrew its request before the visit; it is no longer open." })
  withdrawSafeguardingPeerReview(
    @Arg("input", () => WithdrawSafeguardingPeerReviewInput, { description: "The review and when the council withdrew." }) input: WithdrawSafeguardingPeerReviewInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<SafeguardingPeerReview> {
    const withdrawnOn = isoDate(input.withdrawnOn, "withdrawnOn");
    return moveReview(ctx, input.id, Status.WITHDRAWN, () => ({ withdrawnOn, openCouncilCode: null }));
  }
}

/**
 * One move along the safeguarding lifecycle: the lifecycle is checked before
 * the move's own conditions (`changes`, which may refuse), then applied with
 * the toolkit's applyMove (CONFLICT with { current, requested, allowed }).
 */
function moveReview(
  ctx: ChildrenContext,
  id: string,
  to: Status,
  changes: (review: SafeguardingPeerReview) => Partial<SafeguardingPeerReview>,
): Promise<SafeguardingPeerReview> {
  return ctx.transaction(async (manager) => {
    const review = await findOrNotFound(manager, SafeguardingPeerReview, THING, id);
    const subject = `${THING} ${review.id}`;
    assertMove(SAFEGUARDING_LIFECYCLE, review.status, to, { subject });
    return applyMove(manager, SafeguardingPeerReview, SAFEGUARDING_LIFECYCLE, review, to, changes(review), { subject });
  });
}

export const safeguardingResolvers = [CouncilSafeguardingPeerReviewsResolver, SafeguardingPeerReviewResolver] as const;
