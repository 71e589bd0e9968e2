import { applyMove, assertMove, financialYear, isoDate, Provenance, Public, requiredText, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { findOrNotFound } from "../common/find";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { requireChildrensServicesCouncil } from "../council/council.rules";
import {
  ChildrensSelfAssessment,
  SelfAssessmentChallenge,
  SelfAssessmentChallenger,
} from "./self-assessment.entity";
import { ChildrensSelfAssessmentStatus as Status } from "./self-assessment.enums";
import { RecordChildrensSelfAssessmentInput, RecordSelfAssessmentChallengeInput, SubmitChildrensSelfAssessmentInput } from "./self-assessment.inputs";
import { oneChallengeEach, onePerPeriod, requireExternalChallengers, SELF_ASSESSMENT_LIFECYCLE } from "./self-assessment.rules";

const THING = "self-assessment";

@Resolver(() => Council)
export class CouncilSelfAssessmentsResolver {
  @Public()
  @FieldResolver(() => [ChildrensSelfAssessment], {
    description: "The council's self-assessments of its children's services, latest period first (empty for a shire district).",
  })
  async childrensSelfAssessments(@Root() council: Council, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensSelfAssessment[]> {
    if (!council.upperTier) return [];
    return loaders.selfAssessmentsByCouncil.load(council.code);
  }
}

@Resolver(() => ChildrensSelfAssessment)
export class SelfAssessmentResolver {
  @Public()
  @FieldResolver(() => Council, { description: "The council that assessed itself." })
  async council(@Root() assessment: ChildrensSelfAssessment, @Ctx() { loaders }: ChildrenContext): Promise<Council> {
    return (await loaders.councilByCode.load(assessment.councilCode))!;
  }

  @Public()
  @FieldResolver(() => SelfAssessmentChallenge, { nullable: true, description: "The external peer challenge of it, once held." })
  peerChallenge(@Root() assessment: ChildrensSelfAssessment, @Ctx() { loaders }: ChildrenContext): Promise<SelfAssessmentChallenge | null> {
    return loaders.challengeBySelfAssessment.load(assessment.id);
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensSelfAssessment, { description: "Records a council's self-assessment as a draft: one per council per period." })
  recordChildrensSelfAssessment(
    @Arg("input", () => RecordChildrensSelfAssessmentInput, { description: "The self-assessment." }) input: RecordChildrensSelfAssessmentInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensSelfAssessment> {
    const period = financialYear(input.period, "period");
    const summary = requiredText(input.summary, "summary");
    const clean = (items: string[]) => items.map((item) => item.trim()).filter(Boolean);
    return ctx.transaction(
      async (manager) => {
        const council = await requireChildrensServicesCouncil(manager, input.council);
        if (await manager.existsBy(ChildrensSelfAssessment, { councilCode: council.code, period })) throw onePerPeriod(council.code, period);
        return manager.save(
          manager.create(ChildrensSelfAssessment, {
            councilCode: council.code,
            period,
            summary,
            strengths: clean(input.strengths),
            areasForImprovement: clean(input.areasForImprovement),
            status: Status.DRAFT,
            provenance: Provenance.RECORDED,
          }),
        );
      },
      { onViolation: (violation) => (violation.kind === "unique" ? onePerPeriod(input.council, period) : undefined) },
    );
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensSelfAssessment, { description: "Submits a draft self-assessment, opening it to external challenge by peers." })
  submitChildrensSelfAssessment(
    @Arg("input", () => SubmitChildrensSelfAssessmentInput, { description: "The self-assessment." }) input: SubmitChildrensSelfAssessmentInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensSelfAssessment> {
    return ctx.transaction(async (manager) => {
      const assessment = await findOrNotFound(manager, ChildrensSelfAssessment, THING, input.id);
      return applyMove(manager, ChildrensSelfAssessment, SELF_ASSESSMENT_LIFECYCLE, assessment, Status.SUBMITTED, {}, { subject: `${THING} ${assessment.id}` });
    });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensSelfAssessment, {
    description: "Records the external challenge of a submitted self-assessment by peers from other councils; it becomes challenged.",
  })
  recordSelfAssessmentChallenge(
    @Arg("input", () => RecordSelfAssessmentChallengeInput, { description: "The challenge." }) input: RecordSelfAssessmentChallengeInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensSelfAssessment> {
    const heldOn = isoDate(input.heldOn, "heldOn");
    return ctx.transaction(
      async (manager) => {
        const assessment = await findOrNotFound(manager, ChildrensSelfAssessment, THING, input.selfAssessment);
        assertMove(SELF_ASSESSMENT_LIFECYCLE, assessment.status, Status.CHALLENGED, { subject: `${THING} ${assessment.id}` });
        const challengers = requireExternalChallengers(assessment.councilCode, input.challengers);
        for (const code of challengers) await requireChildrensServicesCouncil(manager, code, "challengers");
        const challenge = await manager.save(
          manager.create(SelfAssessmentChallenge, {
            selfAssessmentId: assessment.id,
            heldOn,
            outcome: input.outcome,
            findings: input.findings?.trim() || null,
            provenance: Provenance.RECORDED,
          }),
        );
        await manager.insert(
          SelfAssessmentChallenger,
          challengers.map((councilCode) => ({ challengeId: challenge.id, councilCode })),
        );
        return applyMove(manager, ChildrensSelfAssessment, SELF_ASSESSMENT_LIFECYCLE, assessment, Status.CHALLENGED, {}, { subject: `${THING} ${assessment.id}` });
      },
      {
        onViolation: (violation) =>
          violation.kind === "unique" ? oneChallengeEach() : undefined,
      },
    );
  }
}

@Resolver(() => SelfAssessmentChallenge)
export class SelfAssessmentChallengeResolver {
  @Public()
  @FieldResolver(() => [Council], {
    description: "The councils whose peers challenged the self-assessment (resolved by the corporate subgraph for names).",
  })
  async challengedBy(@Root() challenge: SelfAssessmentChallenge, @Ctx() { loaders }: ChildrenContext): Promise<Council[]> {
    const challengers = await loaders.challengersByChallenge.load(challenge.id);
    const councils = await loaders.councilByCode.loadMany(challengers.map((challenger) => challenger.councilCode));
    return councils.filter((council): council is Council => council instanceof Council);
  }
}

export const selfAssessmentResolvers = [CouncilSelfAssessmentsResolver, SelfAssessmentResolver, SelfAssessmentChallengeResolver] as const;
