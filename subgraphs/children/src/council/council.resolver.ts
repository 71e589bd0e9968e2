import { Public } from "@sli/shared";
import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { ChildrenContext } from "../context";
import { Council } from "./council.entity";
import { ChildrensSupportLevel } from "./council.enums";

@Resolver(() => Council)
export class CouncilResolver {
  @Public()
  @Query(() => [Council], { description: "The upper-tier councils at one level of children's services support." })
  councilsBySupportLevel(
    @Arg("level", () => ChildrensSupportLevel, { description: "The level of support." }) level: ChildrensSupportLevel,
    @Ctx() { dataSource }: ChildrenContext,
  ): Promise<Council[]> {
    return dataSource.getRepository(Council).find({ where: { supportLevel: level }, order: { code: "ASC" } });
  }
}

export const councilResolvers = [CouncilResolver] as const;
