import { isoDate, Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { requireChildrensServicesCouncil } from "../council/council.rules";
import { SupportLevelDecision } from "./support-level-decision.entity";
import { RecordChildrensSupportLevelInput } from "./support-level.inputs";

@Resolver(() => Council)
export class SupportLevelResolver {
  @Public()
  @FieldResolver(() => [SupportLevelDecision], {
    description: "The decisions on the council's support level, latest first (empty for a shire district).",
  })
  async childrensSupportLevelDecisions(@Root() council: Council, @Ctx() { loaders }: ChildrenContext): Promise<SupportLevelDecision[]> {
    if (!council.upperTier) return [];
    return loaders.supportLevelDecisionsByCouncil.load(council.code);
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => Council, {
    description: "Records the CIB's decision on a council's level of support; it becomes the council's childrensSupportLevel.",
  })
  recordChildrensSupportLevel(
    @Arg("input", () => RecordChildrensSupportLevelInput, { description: "The decision." }) input: RecordChildrensSupportLevelInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<Council> {
    const decidedOn = isoDate(input.decidedOn, "decidedOn");
    return ctx.transaction(async (manager) => {
      const council = await requireChildrensServicesCouncil(manager, input.council);
      await manager.insert(SupportLevelDecision, {
        councilCode: council.code,
        level: input.level,
        decidedOn,
        reason: input.reason?.trim() || null,
        provenance: Provenance.RECORDED,
      });
      await manager.update(Council, { code: council.code }, { supportLevel: input.level });
      return Object.assign(council, { supportLevel: input.level });
    });
  }
}

export const supportLevelResolvers = [SupportLevelResolver] as const;
