import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { AdultsContext } from "../context";
import { Council } from "./council.entity";
import { CqcRating } from "./cqc-rating";

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], { description: "The councils recorded with one 2009-10 CQC rating." })
  councilsByCqcRating2010(
    @Arg("rating", () => CqcRating) rating: CqcRating,
    @Ctx() { dataSource }: AdultsContext,
  ): Promise<Council[]> {
    return dataSource.getRepository(Council).find({ where: { cqcRating2010: rating }, order: { code: "ASC" } });
  }
}
