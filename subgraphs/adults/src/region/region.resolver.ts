import { Provenance, Public } from "@sli/shared";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AdultsContext } from "../context";
import { CqcRating } from "../council/council.enums";
import { CqcRatingCount, Region } from "./region.type";

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @FieldResolver(() => [CqcRatingCount], { description: "The region's councils counted by recorded 2009-10 CQC rating." })
  async cqcRatings2010(@Root() region: Region, @Ctx() { loaders }: AdultsContext): Promise<CqcRatingCount[]> {
    const councils = await loaders.councilsByRegion.load(region.code);
    return Object.values(CqcRating).map((rating) => {
      const rated = councils.filter((council) => council.cqcRating2010 === rating);
      return {
        rating,
        councils: rated.length,
        illustrative: rated.filter((council) => council.cqcRating2010Provenance === Provenance.DEMO).length,
      };
    });
  }
}

export const regionResolvers = [RegionResolver] as const;
