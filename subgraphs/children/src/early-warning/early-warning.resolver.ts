import { BOARD_WARNING_SIGNALS, EarlyWarningSignal, Public } from "@sli/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { childrensWarningSignals } from "./early-warning.rules";

@Resolver(() => Council)
export class ChildrensEarlyWarningResolver {
  @Public()
  @FieldResolver(() => [EarlyWarningSignal], {
    description: BOARD_WARNING_SIGNALS.children.description,
  })
  async childrensWarningSignals(@Root() council: Council, @Ctx() { loaders }: ChildrenContext): Promise<EarlyWarningSignal[]> {
    if (!council.upperTier) return [];
    // Each loader answers a whole _entities batch (a region's councils) in one statement.
    const [decisions, challenges, reviews, assessments] = await Promise.all([
      loaders.supportLevelDecisionsByCouncil.load(council.code),
      loaders.peerChallengesByCouncil.load(council.code),
      loaders.safeguardingReviewStatesByCouncil.load(council.code),
      loaders.selfAssessmentsByCouncil.load(council.code),
    ]);
    return childrensWarningSignals({ council, decisions, challenges, reviews, assessments });
  }
}

export const childrensEarlyWarningResolvers = [ChildrensEarlyWarningResolver] as const;
