import { financialYear, Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { requireChildrensServicesCouncil } from "../council/council.rules";
import { ChildrensIndicator, ChildrensIndicatorValue, IndicatorComparison, StatisticalNeighbour } from "./common-data-set.entity";
import { RecordChildrensIndicatorValueInput } from "./common-data-set.inputs";
import { compareWithNeighbours, noSuchIndicator, oneValuePerPeriod, requireFiniteValue, statisticalNeighbours } from "./common-data-set.rules";

const PERIOD = { description: "The financial year, e.g. 2011/12." };

@Resolver(() => Council)
export class CouncilCommonDataSetResolver {
  @Public()
  @FieldResolver(() => [ChildrensIndicatorValue], { description: "The council's common data set values, latest period first (empty for a shire district)." })
  async childrensIndicatorValues(
    @Root() council: Council,
    @Arg("period", () => String, { nullable: true, ...PERIOD }) period: string | null,
    @Ctx() { loaders }: ChildrenContext,
  ): Promise<ChildrensIndicatorValue[]> {
    if (!council.upperTier) return [];
    const values = await loaders.indicatorValuesByCouncil.load(council.code);
    return period ? values.filter((value) => value.period === financialYear(period, "period")) : values;
  }

  @Public()
  @FieldResolver(() => [StatisticalNeighbour], {
    description: "The council's ten statistical neighbours in a period, computed from the common data set (z-scores, Euclidean distance); empty for a shire district.",
  })
  async childrensStatisticalNeighbours(
    @Root() council: Council,
    @Arg("period", () => String, PERIOD) period: string,
    @Ctx() { loaders }: ChildrenContext,
  ): Promise<StatisticalNeighbour[]> {
    if (!council.upperTier) return [];
    return statisticalNeighbours(council.code, await loaders.indicatorValuesByPeriod.load(financialYear(period, "period")));
  }

  @Public()
  @FieldResolver(() => [IndicatorComparison], {
    description: "Each common data set indicator for the council beside its ten statistical neighbours' values in a period; empty for a shire district.",
  })
  async childrensComparison(
    @Root() council: Council,
    @Arg("period", () => String, PERIOD) period: string,
    @Ctx() { loaders }: ChildrenContext,
  ): Promise<IndicatorComparison[]> {
    if (!council.upperTier) return [];
    const byCouncil = await loaders.indicatorValuesByPeriod.load(financialYear(period, "period"));
    const neighbours = statisticalNeighbours(council.code, byCouncil).map((neighbour) => neighbour.councilCode);
    return compareWithNeighbours(council.code, neighbours, await loaders.allIndicators.load("all"), byCouncil);
  }
}

@Resolver(() => StatisticalNeighbour)
export class StatisticalNeighbourResolver {
  @Public()
  @FieldResolver(() => Council, { description: "The neighbouring council (its name and the rest come from the corporate subgraph)." })
  async council(@Root() neighbour: StatisticalNeighbour, @Ctx() { loaders }: ChildrenContext): Promise<Council> {
    return (await loaders.councilByCode.load(neighbour.councilCode))!;
  }
}

@Resolver(() => ChildrensIndicatorValue)
export class ChildrensIndicatorValueResolver {
  @Public()
  @FieldResolver(() => ChildrensIndicator, { description: "The indicator." })
  async indicator(@Root() value: ChildrensIndicatorValue, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensIndicator> {
    return (await loaders.indicatorByCode.load(value.indicatorCode))!;
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council." })
  async council(@Root() value: ChildrensIndicatorValue, @Ctx() { loaders }: ChildrenContext): Promise<Council> {
    return (await loaders.councilByCode.load(value.councilCode))!;
  }

  @Public()
  @Query(() => [ChildrensIndicator], { description: "The indicators of the common data set for children's services." })
  childrensIndicators(@Ctx() { loaders }: ChildrenContext): Promise<ChildrensIndicator[]> {
    return loaders.allIndicators.load("all");
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensIndicatorValue, { description: "Records a council's value of an indicator for a period: one value per indicator, council and period." })
  recordChildrensIndicatorValue(
    @Arg("input", () => RecordChildrensIndicatorValueInput, { description: "The value." }) input: RecordChildrensIndicatorValueInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensIndicatorValue> {
    const period = financialYear(input.period, "period");
    const value = requireFiniteValue(input.value);
    const recorded = () => oneValuePerPeriod(input.council, input.indicator, period);
    return ctx.transaction(
      async (manager) => {
        const council = await requireChildrensServicesCouncil(manager, input.council);
        if (!(await manager.existsBy(ChildrensIndicator, { code: input.indicator }))) throw noSuchIndicator(input.indicator);
        if (await manager.existsBy(ChildrensIndicatorValue, { indicatorCode: input.indicator, councilCode: council.code, period })) throw recorded();
        return manager.save(
          manager.create(ChildrensIndicatorValue, { indicatorCode: input.indicator, councilCode: council.code, period, value, provenance: Provenance.RECORDED }),
        );
      },
      { onViolation: (violation) => (violation.kind === "unique" ? recorded() : undefined) },
    );
  }
}

export const commonDataSetResolvers = [CouncilCommonDataSetResolver, StatisticalNeighbourResolver, ChildrensIndicatorValueResolver] as const;
