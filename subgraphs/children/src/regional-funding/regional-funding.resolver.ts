import { assertRegionCode, financialYear, Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { Region } from "../region/region.type";
import { RegionalFunding } from "./regional-funding.entity";
import { RecordRegionalFundingInput } from "./regional-funding.inputs";
import { oneGrantPerYear, requireGrant } from "./regional-funding.rules";

@Resolver(() => Region)
export class RegionFundingResolver {
  @Public()
  @FieldResolver(() => [RegionalFunding], { description: "The CIB's funding of the region, by financial year." })
  childrensFunding(@Root() region: Region, @Ctx() { loaders }: ChildrenContext): Promise<RegionalFunding[]> {
    return loaders.fundingByRegion.load(region.code);
  }
}

@Resolver(() => RegionalFunding)
export class RegionalFundingResolver {
  @Public()
  @FieldResolver(() => Region, { description: "The region funded." })
  region(@Root() funding: RegionalFunding): Region {
    return { code: funding.regionCode };
  }

  @Public()
  @Query(() => [RegionalFunding], { description: "The CIB's funding of the regions, optionally for one financial year." })
  cibRegionalFunding(
    @Arg("financialYear", () => String, { nullable: true, description: "e.g. 2012/13; all years when absent." }) year: string | null,
    @Ctx() { dataSource }: ChildrenContext,
  ): Promise<RegionalFunding[]> {
    return dataSource.getRepository(RegionalFunding).find({
      where: year ? { financialYear: financialYear(year, "financialYear") } : {},
      order: { financialYear: "ASC", regionCode: "ASC" },
    });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => RegionalFunding, { description: "Records the CIB's funding of a region for a financial year: one grant per region per year." })
  recordRegionalFunding(
    @Arg("input", () => RecordRegionalFundingInput, { description: "The grant." }) input: RecordRegionalFundingInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<RegionalFunding> {
    const regionCode = assertRegionCode(input.region, "region");
    const year = financialYear(input.financialYear, "financialYear");
    const priorities = requireGrant(input.amountPounds, input.priorities);
    return ctx.transaction(
      async (manager) => {
        if (await manager.existsBy(RegionalFunding, { regionCode, financialYear: year })) throw oneGrantPerYear(regionCode, year);
        return manager.save(
          manager.create(RegionalFunding, { regionCode, financialYear: year, amountPounds: input.amountPounds, priorities, provenance: Provenance.RECORDED }),
        );
      },
      { onViolation: (violation) => (violation.kind === "unique" ? oneGrantPerYear(regionCode, year) : undefined) },
    );
  }
}

export const regionalFundingResolvers = [RegionFundingResolver, RegionalFundingResolver] as const;
