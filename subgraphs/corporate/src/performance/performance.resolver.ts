import { financialYear, forbidden, PartnerBoard, Provenance, Public, unauthenticated } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Brackets, In } from "typeorm";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Metric, MetricValue, Scorecard, ScorecardCouncil, ScorecardMetric } from "./performance.entity";
import { rankValues } from "./performance.compare";
import { DefineMetricInput, RecordMetricValuesInput, SaveScorecardInput, ShareScorecardInput } from "./performance.inputs";
import { councilOrNotFound, metricOrNotFound, performanceKey, scorecardOrNotFound } from "./performance.loaders";
import {
  ANY_METRIC_WRITER,
  assertMayRecordFor,
  assertMayShare,
  mayReadScorecard,
  SCORECARD_READERS,
  SCORECARD_SAVERS,
  SCORECARD_SHARERS,
  scorecardOwner,
  assertCouncilsKnown,
  assertMetricDescribed,
  assertMetricIdFree,
  assertScorecardNameFree,
  assertMetricId,
  assertOneValuePerCouncilAndPeriod,
  assertScorecardNamesKnown,
  assertScorecardShape,
  metricTaken,
  scorecardName,
  scorecardNameTaken,
  unknownCouncil,
} from "./performance.rules";
import { Comparison, ComparisonMember, NearestNeighbour, ScorecardCell, ScorecardRow } from "./performance.type";
import { ComparisonGroup, NeighbourSet } from "./performance.enums";

@Resolver(() => Metric)
export class MetricResolver {
  @Public()
  @Query(() => [Metric], {
    description: "The metrics of every board, by title; `context: true` for the nearest-neighbour indicators only, `board` for one board's.",
  })
  metrics(
    @Arg("context", () => Boolean, { nullable: true, description: "Only context indicators (true) or only performance measures (false)." })
    context: boolean | null,
    @Arg("board", () => PartnerBoard, { nullable: true, description: "Only this board's metrics." })
    board: PartnerBoard | null,
    @Ctx() ctx: CorporateContext,
  ): Promise<Metric[]> {
    return ctx.dataSource.getRepository(Metric).find({
      where: { ...(context == null ? {} : { context }), ...(board == null ? {} : { board }) },
      order: { title: "ASC" },
    });
  }

  @Public()
  @Query(() => Metric, { nullable: true, description: "One metric: NOT_FOUND for an unknown id." })
  metric(@Arg("id", () => ID, { description: "The metric's id." }) id: string, @Ctx() ctx: CorporateContext): Promise<Metric> {
    return metricOrNotFound(ctx, id, "id");
  }

  @Public()
  @FieldResolver(() => String, { nullable: true, description: "The latest financial year with any value." })
  latestPeriod(@Root() metric: Metric, @Ctx() ctx: CorporateContext): Promise<string | null> {
    return ctx.loaders.latestPeriodByMetric.load(metric.id).then((row) => row?.period ?? null);
  }

  @Public()
  @Query(() => Comparison, {
    nullable: true,
    description:
      "A council's value of a metric of any board beside every member of a group (its region, its type, all England or its neighbours: " +
      "the LGA's nearest or the CIB's statistical), with ranks, quartiles and the group's median. A few SQL statements whatever the group's size.",
  })
  async performanceComparison(
    @Arg("council", () => ID, { description: "The council compared (GSS code)." }) councilCode: string,
    @Arg("metric", () => ID, { description: "The metric's id." }) metricId: string,
    @Arg("group", () => ComparisonGroup, { description: "Whom to compare it with." }) group: ComparisonGroup,
    @Arg("period", () => String, { nullable: true, description: "A financial year (e.g. 2011/12); the metric's latest when absent." })
    period: string | null,
    @Arg("neighbours", () => NeighbourSet, {
      defaultValue: NeighbourSet.NEAREST,
      description: "For group NEAREST_NEIGHBOURS: the LGA's nearest neighbours (default) or the CIB's statistical neighbours.",
    })
    neighbourSet: NeighbourSet,
    @Ctx() ctx: CorporateContext,
  ): Promise<Comparison> {
    if (period != null) financialYear(period, "period");
    const [council, metric] = await Promise.all([councilOrNotFound(ctx, councilCode), metricOrNotFound(ctx, metricId)]);
    const councils = ctx.dataSource.getRepository(Council);
    let members: Council[];
    const distances = new Map<string, number>();
    switch (group) {
      case ComparisonGroup.REGION:
        members = await ctx.loaders.councilsByRegion.load(council.regionCode);
        break;
      case ComparisonGroup.COUNCIL_TYPE:
        members = await councils.find({ where: { type: council.type }, order: { name: "ASC" } });
        break;
      case ComparisonGroup.ENGLAND:
        members = await councils.find({ order: { name: "ASC" } });
        break;
      case ComparisonGroup.NEAREST_NEIGHBOURS: {
        const neighbours = await neighboursOf(ctx, council.code, neighbourSet);
        distances.set(council.code, 0);
        for (const neighbour of neighbours) distances.set(neighbour.council.code, neighbour.distance);
        members = [council, ...neighbours.map((neighbour) => neighbour.council)];
        break;
      }
    }
    const shownPeriod = period ?? (await ctx.loaders.latestPeriodByMetric.load(metric.id))?.period ?? null;
    const values = new Map<string, number>();
    if (shownPeriod) {
      const rows = await ctx.dataSource.getRepository(MetricValue).find({
        where: {
          metricId: metric.id,
          period: shownPeriod,
          // All of England needs no list of councils: every value of the metric and period.
          ...(group === ComparisonGroup.ENGLAND ? {} : { councilCode: In(members.map((member) => member.code)) }),
        },
      });
      for (const row of rows) values.set(row.councilCode, row.value);
    }
    const { ranked, median } = rankValues(members.map((member) => values.get(member.code) ?? null), metric.polarity);
    const lines: ComparisonMember[] = members.map((member, i) => ({
      council: member,
      ...ranked[i],
      distance: distances.get(member.code) ?? null,
    }));
    lines.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.council.name.localeCompare(b.council.name));
    return {
      council,
      metric,
      group,
      neighbours: group === ComparisonGroup.NEAREST_NEIGHBOURS ? neighbourSet : null,
      period: shownPeriod,
      groupSize: lines.length,
      reporting: values.size,
      median,
      position: lines.find((line) => line.council.code === council.code)!,
      members: lines,
    };
  }

  @Mutation(() => Metric, {
    description: "Defines a new metric of a board, by that board's officers (FORBIDDEN for another board's). CONFLICT when the id is taken.",
  })
  @Authorized(...ANY_METRIC_WRITER)
  defineMetric(@Arg("input", () => DefineMetricInput, { description: "The metric." }) input: DefineMetricInput, @Ctx() ctx: CorporateContext): Promise<Metric> {
    const board = input.board ?? PartnerBoard.CORPORATE;
    assertMayRecordFor(ctx.viewer, board);
    assertMetricId(input.id);
    assertMetricDescribed(input);
    return ctx.transaction(
      async (manager) => {
        assertMetricIdFree(input.id, await manager.findOneBy(Metric, { id: input.id }));
        const metric = Object.assign(new Metric(), {
          ...input,
          description: input.description ?? null,
          context: input.context ?? false,
          board,
          provenance: Provenance.RECORDED,
        });
        await manager.insert(Metric, metric);
        return metric;
      },
      { onViolation: (violation) => (violation.kind === "unique" ? metricTaken(input.id) : undefined) },
    );
  }

  @Mutation(() => [MetricValue], {
    description:
      "Records councils' values of a metric (replacing any value already held for that council and year), by the officers of the metric's board: " +
      "the LGA's for CORPORATE, the CIB's for CHILDREN, TEASC's for ADULTS (FORBIDDEN for anyone else).",
  })
  @Authorized(...ANY_METRIC_WRITER)
  async recordMetricValues(
    @Arg("input", () => RecordMetricValuesInput, { description: "The metric and one value per council and financial year." }) input: RecordMetricValuesInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<MetricValue[]> {
    const { metric: metricId, values } = input;
    assertOneValuePerCouncilAndPeriod(values);
    const metric = await metricOrNotFound(ctx, metricId, "input.metric");
    assertMayRecordFor(ctx.viewer, metric.board, metric.id);
    const rows = values.map((value) =>
      Object.assign(new MetricValue(), {
        metricId,
        councilCode: value.council,
        period: value.period,
        value: value.value,
        provenance: Provenance.RECORDED,
      }),
    );
    return ctx.transaction(
      async (manager) => {
        const known = await manager.countBy(Council, { code: In([...new Set(rows.map((row) => row.councilCode))]) });
        assertCouncilsKnown(known, new Set(rows.map((row) => row.councilCode)).size);
        for (let i = 0; i < rows.length; i += 150) {
          await manager.upsert(MetricValue, rows.slice(i, i + 150), ["metricId", "period", "councilCode"]);
        }
        return rows;
      },
      { onViolation: (violation) => (violation.kind === "foreign key" ? unknownCouncil() : undefined) },
    );
  }
}

@Resolver(() => MetricValue)
export class MetricValueResolver {
  @Public()
  @FieldResolver(() => Metric, { description: "The metric." })
  async metric(@Root() value: MetricValue, @Ctx() ctx: CorporateContext): Promise<Metric> {
    return (await ctx.loaders.metricById.load(value.metricId))!;
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council." })
  async council(@Root() value: MetricValue, @Ctx() ctx: CorporateContext): Promise<Council> {
    return (await ctx.loaders.councilByCode.load(value.councilCode))!;
  }
}

@Resolver(() => Council)
export class CouncilPerformanceResolver {
  @Public()
  @FieldResolver(() => [MetricValue], {
    description: "The council's values of a metric, oldest first; batched across councils (one statement per metric asked).",
  })
  async performance(
    @Root() council: Council,
    @Arg("metric", () => ID, { description: "The metric's id." }) metricId: string,
    @Arg("periods", () => [String], { nullable: true, description: "Financial years (e.g. 2011/12); every year held when absent." })
    periods: string[] | null,
    @Ctx() ctx: CorporateContext,
  ): Promise<MetricValue[]> {
    for (const period of periods ?? []) financialYear(period, "periods");
    await metricOrNotFound(ctx, metricId);
    return (await ctx.loaders.performance.load(performanceKey({ metric: metricId, council: council.code, periods })))?.values ?? [];
  }

  @Public()
  @FieldResolver(() => [NearestNeighbour], {
    description:
      "The 15 councils of comparable type (counties, districts, or single-tier councils) closest to this one on the context " +
      "indicators (metrics with context: true, latest year), CIPFA-style: each indicator standardised as a z-score over the " +
      "comparable councils, distance Euclidean with equal weights. Empty until context values are held. " +
      "With `neighbours: CIB_STATISTICAL`, the CIB's ten statistical neighbours instead (from its latest common data set; empty for a shire district).",
  })
  async nearestNeighbours(
    @Root() council: Council,
    @Arg("neighbours", () => NeighbourSet, { defaultValue: NeighbourSet.NEAREST, description: "Which set: the LGA's nearest (default) or the CIB's statistical." })
    neighbourSet: NeighbourSet,
    @Ctx() ctx: CorporateContext,
  ): Promise<NearestNeighbour[]> {
    return (await neighboursOf(ctx, council.code, neighbourSet)).map((neighbour, i) => ({ rank: i + 1, ...neighbour }));
  }
}

@Resolver(() => Scorecard)
export class ScorecardResolver {
  @Public("The resolver leaves out the scorecards the caller may not read.")
  @Query(() => [Scorecard], { description: "The scorecards the caller may read, by name: every shared one, and their own (the LGA reads all)." })
  scorecards(@Ctx() ctx: CorporateContext): Promise<Scorecard[]> {
    const { viewer } = ctx;
    const query = ctx.dataSource.getRepository(Scorecard).createQueryBuilder("s").orderBy("s.name", "ASC").addOrderBy("s.id", "ASC");
    if (!SCORECARD_READERS.allows(viewer, { owner: null })) {
      query.where(
        new Brackets((where) => {
          where.where("s.shared = :shared", { shared: true });
          if (viewer.authenticated && viewer.subject) where.orWhere("s.owner = :owner", { owner: viewer.subject });
        }),
      );
    }
    return query.getMany();
  }

  @Public("The resolver refuses a scorecard the caller may not read (FORBIDDEN; UNAUTHENTICATED without a token).")
  @Query(() => Scorecard, {
    nullable: true,
    description: "One saved scorecard: NOT_FOUND for an unknown id; FORBIDDEN for another's scorecard the LGA has not shared.",
  })
  async scorecard(@Arg("id", () => ID, { description: "The scorecard's id." }) id: string, @Ctx() ctx: CorporateContext): Promise<Scorecard> {
    const scorecard = await scorecardOrNotFound(ctx, id);
    if (!mayReadScorecard(ctx.viewer, scorecard)) {
      const why = `Scorecard ${id} is its owner's until the LGA shares it: readable only by ${SCORECARD_READERS.readers}`;
      throw ctx.viewer.authenticated ? forbidden(why) : unauthenticated(`${why}. Send a token.`);
    }
    return scorecard;
  }

  @Mutation(() => Scorecard, {
    description:
      "Saves a scorecard (metrics of any board × councils) for the caller, any signed-in analyst or officer: theirs until the LGA shares it. " +
      "CONFLICT when they already have a scorecard of that name.",
  })
  @Authorized(...SCORECARD_SAVERS)
  async saveScorecard(
    @Arg("input", () => SaveScorecardInput, { description: "The scorecard." }) input: SaveScorecardInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Scorecard> {
    const name = scorecardName(input.name);
    const owner = scorecardOwner(ctx.viewer);
    assertScorecardShape(input.metrics, input.councils);
    if (input.period != null) financialYear(input.period, "input.period");
    const [metrics, councils] = await Promise.all([
      Promise.all(input.metrics.map((id) => ctx.loaders.metricById.load(id))),
      Promise.all(input.councils.map((code) => ctx.loaders.councilByCode.load(code))),
    ]);
    assertScorecardNamesKnown(input.metrics, metrics, input.councils, councils);
    const taken = () => scorecardNameTaken(name);
    return ctx.transaction(
      async (manager) => {
        assertScorecardNameFree(name, await manager.findOneBy(Scorecard, { owner, name }));
        const scorecard = Object.assign(new Scorecard(), {
          name,
          description: input.description ?? null,
          period: input.period ?? null,
          savedBy: ctx.viewer.name ?? ctx.viewer.subject ?? null,
          owner,
          shared: false,
          provenance: Provenance.RECORDED,
        });
        await manager.save(scorecard);
        await manager.insert(
          ScorecardMetric,
          input.metrics.map((metricId, position) => ({ scorecardId: scorecard.id, metricId, position })),
        );
        for (let i = 0; i < input.councils.length; i += 200) {
          await manager.insert(
            ScorecardCouncil,
            input.councils.slice(i, i + 200).map((councilCode, j) => ({ scorecardId: scorecard.id, councilCode, position: i + j })),
          );
        }
        return scorecard;
      },
      { onViolation: (violation) => (violation.kind === "unique" ? taken() : undefined) },
    );
  }

  @Mutation(() => Scorecard, {
    description: "Shares a saved scorecard with everyone, by the LGA. CONFLICT when it is already shared; NOT_FOUND for an unknown id.",
  })
  @Authorized(...SCORECARD_SHARERS)
  async shareScorecard(
    @Arg("input", () => ShareScorecardInput, { description: "The scorecard." }) input: ShareScorecardInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Scorecard> {
    const found = await scorecardOrNotFound(ctx, input.scorecard);
    return ctx.transaction(async (manager) => {
      const scorecard = (await manager.findOneBy(Scorecard, { id: found.id }))!;
      assertMayShare(scorecard);
      const { affected } = await manager.update(Scorecard, { id: scorecard.id, shared: false }, { shared: true });
      // A concurrent share won the race: it is shared now, so this one is refused as sharing twice.
      if (!affected) assertMayShare({ id: scorecard.id, shared: true });
      return Object.assign(scorecard, { shared: true });
    });
  }

  @Public("Reached only through a scorecard the caller may read.")
  @FieldResolver(() => [Metric], { description: "The scorecard's metrics, in column order; they may come from every board." })
  async metrics(@Root() scorecard: Scorecard, @Ctx() ctx: CorporateContext): Promise<Metric[]> {
    const rows = await ctx.loaders.metricsOfScorecard.load(scorecard.id);
    return (await Promise.all(rows.map((row) => ctx.loaders.metricById.load(row.metricId)))) as Metric[];
  }

  @Public("Reached only through a scorecard the caller may read.")
  @FieldResolver(() => [Council], { description: "The scorecard's councils, in row order." })
  async councils(@Root() scorecard: Scorecard, @Ctx() ctx: CorporateContext): Promise<Council[]> {
    const rows = await ctx.loaders.councilsOfScorecard.load(scorecard.id);
    return (await Promise.all(rows.map((row) => ctx.loaders.councilByCode.load(row.councilCode)))) as Council[];
  }

  @Public("Reached only through a scorecard the caller may read.")
  @FieldResolver(() => [ScorecardRow], {
    description: "The matrix: one row per council, one cell per metric, for the period asked, the scorecard's, or each metric's latest.",
  })
  async matrix(
    @Root() scorecard: Scorecard,
    @Arg("period", () => String, { nullable: true, description: "A financial year, overriding the scorecard's own." }) period: string | null,
    @Ctx() ctx: CorporateContext,
  ): Promise<ScorecardRow[]> {
    if (period != null) financialYear(period, "period");
    const [metrics, councils] = await Promise.all([this.metrics(scorecard, ctx), this.councils(scorecard, ctx)]);
    const shown = period ?? scorecard.period;
    const rows = await ctx.dataSource.getRepository(MetricValue).find({
      where: {
        metricId: In(metrics.map((metric) => metric.id)),
        councilCode: In(councils.map((council) => council.code)),
        ...(shown ? { period: shown } : {}),
      },
    });
    const latest = new Map<string, string>();
    for (const row of rows) if ((latest.get(row.metricId) ?? "") < row.period) latest.set(row.metricId, row.period);
    const cell = new Map(rows.map((row) => [`${row.metricId}|${row.councilCode}|${row.period}`, row.value]));
    return councils.map((council) => ({
      council,
      cells: metrics.map((metric): ScorecardCell => {
        const cellPeriod = shown ?? latest.get(metric.id) ?? null;
        return { metric, period: cellPeriod, value: cell.get(`${metric.id}|${council.code}|${cellPeriod}`) ?? null };
      }),
    }));
  }
}

/** A council's neighbours in the set asked: the LGA's nearest (by the context indicators) or the CIB's statistical ones. */
async function neighboursOf(ctx: CorporateContext, code: string, set: NeighbourSet): Promise<Array<{ council: Council; distance: number }>> {
  if (set === NeighbourSet.NEAREST) return (await ctx.loaders.nearestNeighbours.load(code))?.neighbours ?? [];
  const found = (await ctx.loaders.cibStatisticalNeighbours.load(code))?.neighbours ?? [];
  const councils = await Promise.all(found.map((neighbour) => ctx.loaders.councilByCode.load(neighbour.councilCode)));
  return found.map((neighbour, i) => ({ council: councils[i]!, distance: neighbour.distance }));
}

/** The performance area's resolvers, assembled in schema.ts. */
export const performanceResolvers = [MetricResolver, MetricValueResolver, CouncilPerformanceResolver, ScorecardResolver] as const;
