import { findWhere, Public } from "@sli/shared";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Person } from "../person/person.entity";
import { Region } from "../region/region.entity";
import { regionByCodeOrNotFound } from "../region/region.loaders";
import { councilByCodeOrNotFound } from "./council.loaders";
import { CouncilsArgs } from "./council.inputs";
import { Council } from "./council.entity";
import { councilTiers } from "./council.tiers";

@Resolver(() => Council)
export class CouncilResolver {
  @Public()
  @Query(() => Council, {
    nullable: true,
    description: "One council by ONS GSS code: NOT_FOUND for an unknown code, BAD_USER_INPUT for a malformed one.",
  })
  async council(@Arg("code", () => ID, { description: "The council's ONS GSS code, e.g. E06000052." }) code: string, @Ctx() ctx: CorporateContext): Promise<Council> {
    return councilByCodeOrNotFound(ctx, code);
  }

  @Public()
  @Query(() => [Council], { description: "The 353 English councils, by name; filter by region, type or tier." })
  async councils(@Args(() => CouncilsArgs) args: CouncilsArgs, @Ctx() ctx: CorporateContext): Promise<Council[]> {
    const where: Partial<Council> = {};
    if (args.region != null) {
      await regionByCodeOrNotFound(ctx, args.region, "region");
      where.regionCode = args.region;
    }
    if (args.type != null) where.type = args.type;
    if (args.upperTier != null) where.upperTier = args.upperTier;
    // The England overview and every region's start here: the lean read.
    const councils = await findWhere(ctx.dataSource.getRepository(Council), where, { order: [["name", "ASC"]] });
    for (const council of councils) ctx.loaders.councilByCode.prime(council.code, council);
    return councils;
  }

  @Public()
  @FieldResolver(() => Region, { description: "The English region the council is in." })
  async region(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<Region> {
    const region = await loaders.regionByCode.load(council.regionCode);
    if (!region) throw new Error(`council ${council.code} names region ${council.regionCode}, which is missing`);
    return region;
  }

  @Public()
  @FieldResolver(() => Council, {
    nullable: true,
    description: "The county council of a shire district: it holds children's services and adult social care for the district's residents. Null for any other council.",
  })
  async county(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<Council | null> {
    const countyCode = councilTiers().countyOfDistrict.get(council.code);
    return countyCode ? loaders.councilByCode.load(countyCode) : null;
  }

  @Public()
  @FieldResolver(() => [Council], {
    description: "The shire districts of a county council, by name. Empty for any other council.",
  })
  async districts(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<Council[]> {
    const codes = councilTiers().districtsOfCounty.get(council.code) ?? [];
    const districts = await loaders.councilByCode.loadMany([...codes]);
    return districts.map((district, index) => {
      if (!district || district instanceof Error) throw new Error(`county ${council.code} names district ${codes[index]}, which is missing`);
      return district;
    });
  }

  @Public()
  @FieldResolver(() => Person, {
    nullable: true,
    description: "The LGA principal adviser for the council's region: its single point of contact for support.",
  })
  async principalAdviser(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<Person | null> {
    const region = await loaders.regionByCode.load(council.regionCode);
    return region?.principalAdviserId ? loaders.personById.load(region.principalAdviserId) : null;
  }
}

/** The council area's resolvers, assembled in schema.ts. */
export const councilResolvers = [CouncilResolver] as const;
