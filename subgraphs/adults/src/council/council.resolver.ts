import { Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { AdultsContext } from "../context";
import { Council } from "./council.entity";
import { RecordCqcRating2010Input } from "./council.inputs";
import { assertRatingRecordable, findUpperTierCouncil, ratingLockedInProgramme } from "./council.rules";
import { CqcRating } from "./council.enums";

@Resolver(() => Council)
export class CouncilResolver {
  @Public()
  @Query(() => [Council], {
    description: "The councils recorded with one 2009-10 CQC rating (see each one's cqcRating2010Provenance: DEMO ones are illustrative).",
  })
  councilsByCqcRating2010(
    @Arg("rating", () => CqcRating, { description: "The rating." }) rating: CqcRating,
    @Ctx() { dataSource }: AdultsContext,
  ): Promise<Council[]> {
    return dataSource.getRepository(Council).find({ where: { cqcRating2010: rating }, order: { code: "ASC" } });
  }

  @Public()
  @FieldResolver(() => Boolean, {
    description:
      "True when the 2009-10 rating is illustrative demonstration data (the CQC named seven adequate councils, sources here name three): never read it as fact.",
  })
  cqcRating2010Illustrative(@Root() council: Council): boolean {
    return council.cqcRating2010Provenance === Provenance.DEMO;
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => Council, {
    description:
      "Records a council's 2009-10 CQC rating with its source (provenance RECORDED). Upper-tier councils only; a published reference rating is not re-recorded, and a council in the sign-off programme stays adequate.",
  })
  recordCqcRating2010(
    @Arg("input", { description: "The council, its rating and the rating's source." }) input: RecordCqcRating2010Input,
    @Ctx() ctx: AdultsContext,
  ): Promise<Council> {
    const { council: councilCode, rating, source } = input;
    return ctx.transaction(
      async (manager) => {
        const council = await findUpperTierCouncil(manager, councilCode);
        const text = assertRatingRecordable(council, source);
        await manager.update(
          Council,
          { code: council.code },
          { cqcRating2010: rating, cqcRating2010Source: text, cqcRating2010Provenance: Provenance.RECORDED },
        );
        return (await manager.findOneByOrFail(Council, { code: council.code })) as Council;
      },
      { onViolation: (violation) => (violation.kind === "foreign key" ? ratingLockedInProgramme(councilCode) : undefined) },
    );
  }
}

export const councilResolvers = [CouncilResolver] as const;
