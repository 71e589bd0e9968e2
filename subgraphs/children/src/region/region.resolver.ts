import { Public } from "@sli/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { ChildrensSupportLevel } from "../council/council.enums";
import { Region, SupportLevelCount } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @FieldResolver(() => [SupportLevelCount], { description: "The region's upper-tier councils counted by support level." })
  async childrensSupportLevels(@Root() region: Region, @Ctx() { loaders }: ChildrenContext): Promise<SupportLevelCount[]> {
    const councils = await loaders.councilsByRegion.load(region.code);
    return Object.values(ChildrensSupportLevel).map((level) => ({
      level,
      councils: councils.filter((council) => council.supportLevel === level).length,
    }));
  }
}

export const regionResolvers = [RegionResolver] as const;
