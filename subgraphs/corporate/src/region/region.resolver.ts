import { assertRegionCode, notFound, Public } from "@sli/shared";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Person } from "../person/person.entity";
import { Region } from "./region.entity";

@Resolver(() => Region)
export class RegionResolver {
  @Public()
  @Query(() => Region, { nullable: true, description: "One region by ONS code: NOT_FOUND for an unknown code." })
  async region(@Arg("code", () => ID) code: string, @Ctx() { loaders }: CorporateContext): Promise<Region> {
    assertRegionCode(code);
    const region = await loaders.regionByCode.load(code);
    if (!region) throw notFound(`No region has the code ${code}`, { argument: "code" });
    return region;
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
  @FieldResolver(() => Person, { nullable: true })
  principalAdviser(@Root() region: Region, @Ctx() { loaders }: CorporateContext): Promise<Person | null> | null {
    return region.principalAdviserId ? loaders.personById.load(region.principalAdviserId) : null;
  }
}
