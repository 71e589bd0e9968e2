import { Public } from "@sli/shared";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Person } from "../person/person.entity";
import { Region } from "./region.entity";
import { regionByCodeOrNotFound } from "./region.loaders";

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => Region, { nullable: true, description: "One region by ONS code: NOT_FOUND for an unknown code." })
  async region(@Arg("code", () => ID, { description: "The region's ONS code, e.g. E12000009." }) code: string, @Ctx() ctx: CorporateContext): Promise<Region> {
    return regionByCodeOrNotFound(ctx, code);
  }

  @Public()
  @Query(() => [Region], { description: "The nine English regions, by code." })
  async regions(@Ctx() { dataSource, loaders }: CorporateContext): Promise<Region[]> {
    const regions = await dataSource.getRepository(Region).find({ order: { code: "ASC" } });
    for (const region of regions) loaders.regionByCode.prime(region.code, region);
    return regions;
  }

  @Public()
  @FieldResolver(() => [Council], { description: "The region's councils, by name." })
  councils(@Root() region: Region, @Ctx() { loaders }: CorporateContext): Promise<Council[]> {
    return loaders.councilsByRegion.load(region.code);
  }

  @Public()
  @FieldResolver(() => Person, { nullable: true, description: "The LGA principal adviser for the region: its councils' single point of contact for support." })
  principalAdviser(@Root() region: Region, @Ctx() { loaders }: CorporateContext): Promise<Person | null> | null {
    return region.principalAdviserId ? loaders.personById.load(region.principalAdviserId) : null;
  }
}

/** The region area's resolvers, assembled in schema.ts. */
export const regionResolvers = [RegionResolver] as const;
