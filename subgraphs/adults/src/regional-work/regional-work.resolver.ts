import { assertRegionCode, financialYear as checkFinancialYear, isoDate, Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import type { AdultsContext } from "../context";
import { assertText } from "../council/council.rules";
import { Region } from "../region/region.type";
import { AdassRegionalBranch, AdultsRegionalPriority, AdultsRegionalWorkshop } from "./regional-work.entity";
import { RecordAdultsRegionalPriorityInput, RecordAdultsRegionalWorkshopInput } from "./regional-work.inputs";
import { assertFirstPriorityOfKind, assertFunding, regionalPriorityViolation } from "./regional-work.rules";

@Resolver(() => Region)
export class RegionalWorkResolver {
  @Public()
  @FieldResolver(() => AdassRegionalBranch, { nullable: true, description: "The region's ADASS branch, through which TEASC works." })
  adassBranch(@Root() region: Region, @Ctx() { loaders }: AdultsContext) {
    return loaders.adassBranchByRegion.load(region.code);
  }

  @Public()
  @FieldResolver(() => [AdultsRegionalWorkshop], { description: "Workshops held in the region on sector-led improvement in adult social care." })
  adultsWorkshops(@Root() region: Region, @Ctx() { loaders }: AdultsContext) {
    return loaders.workshopsByRegion.load(region.code);
  }

  @Public()
  @FieldResolver(() => [AdultsRegionalPriority], { description: "The region's priorities and the TEASC board's funding for them." })
  async adultsRegionalPriorities(
    @Root() region: Region,
    @Ctx() { loaders }: AdultsContext,
    @Arg("financialYear", () => String, { nullable: true, description: "Only this financial year (e.g. 2012/13)." })
    financialYear: string | null | undefined,
  ) {
    const priorities = await loaders.prioritiesByRegion.load(region.code);
    return financialYear ? priorities.filter((item) => item.financialYear === financialYear) : priorities;
  }

  @Public()
  @FieldResolver(() => Int, { description: "The TEASC board's funding for the region's priorities in one financial year, in pounds." })
  async adultsFunding(
    @Root() region: Region,
    @Ctx() { loaders }: AdultsContext,
    @Arg("financialYear", { defaultValue: "2012/13", description: "The financial year." }) financialYear: string,
  ): Promise<number> {
    const priorities = await loaders.prioritiesByRegion.load(region.code);
    return priorities
      .filter((item) => item.financialYear === financialYear)
      .reduce((total, item) => total + (item.fundingPounds ?? 0), 0);
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsRegionalWorkshop, { description: "Records a workshop held in a region." })
  recordAdultsRegionalWorkshop(@Arg("input", { description: "The workshop." }) input: RecordAdultsRegionalWorkshopInput, @Ctx() ctx: AdultsContext) {
    assertRegionCode(input.region, "region");
    isoDate(input.heldOn, "heldOn");
    const topic = assertText(input.topic, "topic", 500);
    return ctx.transaction(
      async (manager) => {
        const { identifiers } = await manager.insert(AdultsRegionalWorkshop, {
          regionCode: input.region,
          heldOn: input.heldOn,
          topic,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(AdultsRegionalWorkshop, { id: Number(identifiers[0].id) });
      },
      { onViolation: regionalPriorityViolation(input.region, "", "") },
    );
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsRegionalPriority, {
    description: "Records a region's priority and the board's funding for it (one per deliverable per region per year).",
  })
  recordAdultsRegionalPriority(@Arg("input", { description: "The priority." }) input: RecordAdultsRegionalPriorityInput, @Ctx() ctx: AdultsContext) {
    assertRegionCode(input.region, "region");
    const financialYear = checkFinancialYear(input.financialYear, "financialYear");
    const description = assertText(input.description, "description", 1000);
    const fundingPounds = assertFunding(input.fundingPounds);
    const onViolation = regionalPriorityViolation(input.region, financialYear, input.deliverable);
    return ctx.transaction(
      async (manager) => {
        assertFirstPriorityOfKind(
          input.region,
          financialYear,
          input.deliverable,
          await manager.existsBy(AdultsRegionalPriority, { regionCode: input.region, financialYear, deliverable: input.deliverable }),
        );
        const { identifiers } = await manager.insert(AdultsRegionalPriority, {
          regionCode: input.region,
          financialYear,
          deliverable: input.deliverable,
          description,
          fundingPounds,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(AdultsRegionalPriority, { id: Number(identifiers[0].id) });
      },
      { onViolation },
    );
  }
}

export const regionalWorkResolvers = [RegionalWorkResolver] as const;
