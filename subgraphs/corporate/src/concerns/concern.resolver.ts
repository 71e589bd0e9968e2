import {
  applyMove,
  assertMove,
  assertRegionCode,
  type Connection,
  connectionType,
  type KeysetColumn,
  moveRefused,
  PageArgs,
  pagesLoader,
  pastDate,
  Provenance,
  readPage,
  readPagesByParent,
  Restricted,
  todayIso,
  type Viewer,
} from "@sli/shared";
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { In, IsNull, type SelectQueryBuilder } from "typeorm";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Region } from "../region/region.entity";
import { ConcernCount } from "./concern-count.type";
import {
  Concern,
  ConcernContact,
  ConcernEvidence,
  ConcernRaiser,
  ConcernSource,
  SupportEngagement,
  TermsOfEngagement,
} from "./concern.entity";
import { ConcernSeverity, ConcernSourceKind, ConcernStatus, SupportEngagementStatus } from "./concern.enums";
import {
  AddConcernEvidenceInput,
  AgreeSupportEngagementInput,
  ChangeConcernSeverityInput,
  ConcludeSupportEngagementInput,
  RaiseConcernInput,
  RecordConcernContactInput,
  RecordCouncilAwarenessInput,
  RecordSupportEngagementInput,
  ResolveConcernInput,
  ShareConcernInput,
  WithdrawConcernInput,
} from "./concern.inputs";
import { concernToChange, councilOrNotFound, findConcern } from "./concern.loaders";
import {
  assertConcernLive,
  assertConcernVisible,
  assertEngagementTerms,
  assertEngagementWarranted,
  assertEvidence,
  assertMayRaiseConcern,
  assertMayReadConcerns,
  assertShareable,
  assertSources,
  assertSummary,
  awaitingLeadershipContact,
  assertAwarenessRecordedOnce,
  assertEngagementRecorded,
  assertNoEngagementYet,
  CONCERN_COUNT_READERS,
  CONCERN_LIFECYCLE,
  CONCERN_READERS,
  engagementAlreadyRecorded,
  ENGAGEMENT_LIFECYCLE,
  isLeadershipContact,
  mayPartnerSee,
  notAwareYet,
  raiserOf,
  COUNT_READERS,
  councilWhoseConcernsRead,
  readsConcernsBeforeAwareness,
  readsConcernsEverywhere,
  regionsCountable,
  regionsWhoseConcernsRead,
} from "./concern.rules";

/** A concern's move along CONCERN_LIFECYCLE (sharing also needs assertShareable); the CHECK backs the awareness rule. */
async function moveConcern(ctx: CorporateContext, id: string, status: ConcernStatus): Promise<Concern> {
  const { concern } = await concernToChange(ctx, id);
  const subject = `concern ${concern.id}`;
  return ctx.transaction(
    async (manager) => {
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertMove(CONCERN_LIFECYCLE, current.status, status, { subject });
      if (status === ConcernStatus.SHARED) assertShareable(current, await manager.findBy(ConcernContact, { concernId: concern.id }));
      return applyMove(manager, Concern, CONCERN_LIFECYCLE, current, status, {}, { subject });
    },
    {
      // Only a move from OPEN can share.
      onViolation: (violation) =>
        violation.kind === "check" ? moveRefused(CONCERN_LIFECYCLE, ConcernStatus.OPEN, status, { subject, reason: notAwareYet }) : undefined,
    },
  );
}

/** A support engagement's move along ENGAGEMENT_LIFECYCLE. */
async function moveSupportEngagement(ctx: CorporateContext, concernId: string, status: SupportEngagementStatus): Promise<SupportEngagement> {
  const { concern } = await concernToChange(ctx, concernId, "input.concern");
  return ctx.transaction(async (manager) => {
    const current = await manager.findOneBy(SupportEngagement, { concernId: concern.id });
    assertEngagementRecorded(concern.id, current);
    return applyMove(manager, SupportEngagement, ENGAGEMENT_LIFECYCLE, current, status, {}, {
      subject: `the support engagement of concern ${concern.id}`,
    });
  });
}

/** A page of a council's concerns: the wrapper is as confidential as the concerns. */
const ConcernConnection = connectionType(Concern, CONCERN_READERS);

/** Newest first, as `concerns`: the day raised, then the id. */
const CONCERN_KEYS: KeysetColumn<Concern>[] = [
  { property: "raisedOn", column: "concern.raised_on", type: "string" },
  { property: "id", column: "concern.id", type: "integer" },
];

@Resolver(() => Council)
export class CouncilConcernsResolver {
  @Restricted(CONCERN_READERS)
  @FieldResolver(() => [Concern], {
    nullable: true,
    description:
      "Confidential: the council's concerns, newest first. Readable by the LGA central team, the principal adviser for its " +
      "region, the council's own officers and partner systems with intelligence:read; anyone else gets null with FORBIDDEN " +
      "(UNAUTHENTICATED without a token). One statement for any number of councils.",
  })
  @Directive("@authenticated")
  async concerns(@Root() council: Council, @Ctx() ctx: CorporateContext): Promise<Concern[]> {
    assertMayReadConcerns(ctx.viewer, council);
    const concerns = await ctx.loaders.concernsByCouncil.load(council.code);
    return concerns.filter((concern) => mayPartnerSee(ctx.viewer, council, concern));
  }

  @Restricted(CONCERN_READERS)
  @FieldResolver(() => ConcernConnection, {
    nullable: true,
    description:
      "Confidential: the council's concerns, newest first, a page at a time (as `concerns`, which the partner contract keeps as " +
      "one list). The same readers; one statement for any number of councils.",
  })
  @Directive("@authenticated")
  async concernsConnection(@Root() council: Council, @Ctx() ctx: CorporateContext, @Args() page: PageArgs): Promise<Connection<Concern>> {
    assertMayReadConcerns(ctx.viewer, council);
    // A reader who sees only what the council knows of (a partner) pages over those alone, in the statement itself.
    const awareOnly = !mayPartnerSee(ctx.viewer, council, { councilAwareOn: null });
    const loader = pagesLoader(ctx.loaders, `concerns:${page.first}:${page.after ?? ""}:${awareOnly}`, (codes: readonly string[]) =>
      readPagesByParent(ctx.dataSource.getRepository(Concern), {
        kind: "Council.concerns",
        alias: "concern",
        parent: { column: "concern.council_code", property: "councilCode" },
        parents: codes,
        keys: CONCERN_KEYS,
        page,
        where: (query) => (awareOnly ? query.andWhere("concern.council_aware_on IS NOT NULL") : query),
      }),
    );
    return loader.load(council.code);
  }
}


@Resolver(() => Concern)
export class ConcernResolver {
  @Directive("@authenticated")
  @Restricted(CONCERN_READERS, { checkedBy: "resolver" })
  @Query(() => Concern, { nullable: true, description: "One concern (confidential, as Council.concerns): NOT_FOUND for an unknown id." })
  async concern(@Arg("id", () => ID, { description: "The concern's id." }) id: string, @Ctx() ctx: CorporateContext): Promise<Concern> {
    const found = await findConcern(ctx, id);
    assertConcernVisible(ctx.viewer, id, found);
    return found!.concern;
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => Council, { description: "The council it is about." })
  async council(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<Council> {
    return (await ctx.loaders.councilByCode.load(concern.councilCode))!;
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => ConcernRaiser, { description: "Who raised it: a principal adviser or the central team." })
  raisedBy(@Root() concern: Concern): ConcernRaiser {
    return { kind: concern.raisedByKind, name: concern.raisedByName };
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => [ConcernSourceKind], { description: "Where the intelligence came from." })
  async sources(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<ConcernSourceKind[]> {
    return (await ctx.loaders.sourcesByConcern.load(concern.id)).map((row) => row.source);
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => [ConcernEvidence], { description: "The evidence it rests on (at least one item)." })
  evidence(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<ConcernEvidence[]> {
    return ctx.loaders.evidenceByConcern.load(concern.id);
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => [ConcernContact], { description: "Contacts made with the council about it, oldest first." })
  contacts(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<ConcernContact[]> {
    return ctx.loaders.contactsByConcern.load(concern.id);
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => Boolean, { description: "Whether a contact at leader or chief executive level has been made." })
  async leadershipContactMade(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<boolean> {
    return (await ctx.loaders.contactsByConcern.load(concern.id)).some(isLeadershipContact);
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => Boolean, {
    description:
      "True for a live serious concern with no contact yet at leader or chief executive level: the approach calls for one at the " +
      "earliest opportunity, and the concern cannot be shared until it is recorded.",
  })
  async awaitingLeadershipContact(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<boolean> {
    return awaitingLeadershipContact(concern, await ctx.loaders.contactsByConcern.load(concern.id));
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => SupportEngagement, { nullable: true, description: "The support engagement (improvement board), if there is one." })
  supportEngagement(@Root() concern: Concern, @Ctx() ctx: CorporateContext): Promise<SupportEngagement | null> {
    return ctx.loaders.engagementByConcern.load(concern.id);
  }

  @Mutation(() => Concern, {
    description:
      "Raises a concern (status OPEN). Only the principal adviser for the council's region, the LGA central team or a partner " +
      "system with intelligence:write; at least one item of evidence.",
  })
  @Authorized()
  async raiseConcern(@Arg("input", () => RaiseConcernInput, { description: "The concern." }) input: RaiseConcernInput, @Ctx() ctx: CorporateContext): Promise<Concern> {
    const council = await councilOrNotFound(ctx, input.council);
    assertMayRaiseConcern(ctx.viewer, council);
    const raiser = raiserOf(ctx.viewer, { kind: input.raisedBy, name: input.raisedByName });
    assertSummary(input.summary);
    assertSources(input.sources);
    assertEvidence(input.evidence);
    if (input.councilAwareOn != null) pastDate(input.councilAwareOn, "input.councilAwareOn");
    return ctx.transaction(async (manager) => {
      const concern = Object.assign(new Concern(), {
        councilCode: council.code,
        raisedByKind: raiser.kind,
        raisedByName: raiser.name,
        raisedBySubject: raiser.subject,
        raisedOn: todayIso(),
        summary: input.summary.trim(),
        severity: input.severity,
        councilAwareOn: input.councilAwareOn ?? null,
        status: ConcernStatus.OPEN,
        evidenceItems: input.evidence.length,
        provenance: Provenance.RECORDED,
      });
      await manager.save(concern);
      await manager.insert(ConcernSource, input.sources.map((source) => ({ concernId: concern.id, source })));
      await manager.insert(ConcernEvidence, input.evidence.map((item) => ({ concernId: concern.id, description: item.description.trim(), source: item.source.trim(), provenance: Provenance.RECORDED })));
      return concern;
    });
  }

  @Mutation(() => Concern, { description: "Adds evidence to a live concern." })
  @Authorized()
  async addConcernEvidence(
    @Arg("input", () => AddConcernEvidenceInput, { description: "The concern and the evidence to add." }) input: AddConcernEvidenceInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, input.id);
    assertEvidence(input.evidence);
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertConcernLive(current);
      await manager.insert(ConcernEvidence, input.evidence.map((item) => ({ concernId: concern.id, description: item.description.trim(), source: item.source.trim(), provenance: Provenance.RECORDED })));
      await manager.increment(Concern, { id: concern.id }, "evidenceItems", input.evidence.length);
      return manager.findOneByOrFail(Concern, { id: concern.id });
    });
  }

  @Mutation(() => Concern, { description: "Records a contact made with the council about a live concern." })
  @Authorized()
  async recordConcernContact(
    @Arg("input", () => RecordConcernContactInput, { description: "The concern and the contact." }) input: RecordConcernContactInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, input.id);
    pastDate(input.contactedOn, "input.contactedOn");
    const madeBy = input.madeBy?.trim() || ctx.viewer.name || ctx.viewer.subject || "unknown";
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertConcernLive(current);
      await manager.insert(ConcernContact, {
        concernId: concern.id,
        level: input.level,
        contactedOn: input.contactedOn,
        madeBy,
        notes: input.notes ?? null,
        provenance: Provenance.RECORDED,
      });
      return current;
    });
  }

  @Mutation(() => Concern, { description: "Records the date the council was made aware of the concern (once: CONFLICT for a second date)." })
  @Authorized()
  async recordCouncilAwareness(
    @Arg("input", () => RecordCouncilAwarenessInput, { description: "The concern and the date its council was made aware." }) input: RecordCouncilAwarenessInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, input.id);
    pastDate(input.awareOn, "input.awareOn");
    return ctx.transaction(async (manager) => {
      const result = await manager.update(Concern, { id: concern.id, councilAwareOn: IsNull() }, { councilAwareOn: input.awareOn });
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertAwarenessRecordedOnce(!!result.affected, current);
      return current;
    });
  }

  @Mutation(() => Concern, { description: "Changes a live concern's severity (escalating or de-escalating it)." })
  @Authorized()
  async changeConcernSeverity(
    @Arg("input", () => ChangeConcernSeverityInput, { description: "The concern and its new severity." }) input: ChangeConcernSeverityInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, input.id);
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertConcernLive(current);
      await manager.update(Concern, { id: concern.id }, { severity: input.severity });
      return Object.assign(current, { severity: input.severity });
    });
  }

  @Mutation(() => Concern, {
    description:
      "Shares a concern with partners (OPEN → SHARED): needs the date the council was made aware and, for a serious concern, a " +
      "contact at leader or chief executive level. CONFLICT with { current, requested, allowed } otherwise.",
  })
  @Authorized()
  async shareConcern(
    @Arg("input", () => ShareConcernInput, { description: "The concern to share." }) input: ShareConcernInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    return moveConcern(ctx, input.id, ConcernStatus.SHARED);
  }

  @Mutation(() => Concern, {
    description: "Records a concern as resolved (OPEN or SHARED → RESOLVED, final). CONFLICT with { current, requested, allowed } otherwise.",
  })
  @Authorized()
  async resolveConcern(
    @Arg("input", () => ResolveConcernInput, { description: "The concern resolved." }) input: ResolveConcernInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    return moveConcern(ctx, input.id, ConcernStatus.RESOLVED);
  }

  @Mutation(() => Concern, {
    description: "Withdraws a concern (OPEN or SHARED → WITHDRAWN, final). CONFLICT with { current, requested, allowed } otherwise.",
  })
  @Authorized()
  async withdrawConcern(
    @Arg("input", () => WithdrawConcernInput, { description: "The concern withdrawn." }) input: WithdrawConcernInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    return moveConcern(ctx, input.id, ConcernStatus.WITHDRAWN);
  }

  @Mutation(() => SupportEngagement, {
    description:
      "Records the support engagement (improvement board) for a significant or serious concern, with its bespoke Terms of " +
      "Engagement; status PROPOSED. One per concern: CONFLICT for a second.",
  })
  @Authorized()
  async recordSupportEngagement(
    @Arg("input", () => RecordSupportEngagementInput, { description: "The concern and the Terms of Engagement." }) input: RecordSupportEngagementInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<SupportEngagement> {
    const { concern } = await concernToChange(ctx, input.concern, "input.concern");
    assertEngagementTerms(input);
    return ctx.transaction(
      async (manager) => {
        const current = await manager.findOneByOrFail(Concern, { id: concern.id });
        assertEngagementWarranted(current);
        assertNoEngagementYet(concern.id, await manager.findOneBy(SupportEngagement, { concernId: concern.id }));
        const engagement = Object.assign(new SupportEngagement(), {
          concernId: concern.id,
          partners: input.partners.map((partner) => partner.trim()),
          scope: input.scope.trim(),
          startsOn: input.startsOn,
          reviewOn: input.reviewOn,
          status: SupportEngagementStatus.PROPOSED,
          provenance: Provenance.RECORDED,
        });
        await manager.save(engagement);
        return engagement;
      },
      { onViolation: (violation) => (violation.kind === "unique" ? engagementAlreadyRecorded(concern.id) : undefined) },
    );
  }

  @Mutation(() => SupportEngagement, {
    description: "Agrees a support engagement's Terms of Engagement (PROPOSED → AGREED). CONFLICT with { current, requested, allowed } otherwise.",
  })
  @Authorized()
  async agreeSupportEngagement(
    @Arg("input", () => AgreeSupportEngagementInput, { description: "The concern whose engagement is agreed." }) input: AgreeSupportEngagementInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<SupportEngagement> {
    return moveSupportEngagement(ctx, input.concern, SupportEngagementStatus.AGREED);
  }

  @Mutation(() => SupportEngagement, {
    description: "Concludes a support engagement (PROPOSED or AGREED → CONCLUDED, final). CONFLICT with { current, requested, allowed } otherwise.",
  })
  @Authorized()
  async concludeSupportEngagement(
    @Arg("input", () => ConcludeSupportEngagementInput, { description: "The concern whose engagement concludes." }) input: ConcludeSupportEngagementInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<SupportEngagement> {
    return moveSupportEngagement(ctx, input.concern, SupportEngagementStatus.CONCLUDED);
  }
}

@Resolver(() => SupportEngagement)
export class SupportEngagementResolver {
  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => TermsOfEngagement, { description: "The bespoke Terms of Engagement for this case." })
  terms(@Root() engagement: SupportEngagement): TermsOfEngagement {
    const { partners, scope, startsOn, reviewOn } = engagement;
    return { partners, scope, startsOn, reviewOn };
  }

  @Restricted(CONCERN_READERS, { checkedBy: "parent" })
  @FieldResolver(() => Boolean, { description: "Always true: a support engagement is recorded where support warrants a formal improvement board." })
  improvementBoard(): boolean {
    return true;
  }
}

@Resolver()
export class ConcernCountsResolver {
  @Authorized(...COUNT_READERS)
  @Restricted(CONCERN_COUNT_READERS, { checkedBy: "resolver" })
  @Query(() => [ConcernCount], {
    description:
      "Live concerns counted by region and severity, never their content: for board members, the LGA central team, " +
      "principal advisers (their own regions) and partners with intelligence:read. Every region and severity appears, zeros included.",
  })
  async concernCounts(
    @Arg("region", () => ID, { nullable: true, description: "Only this region (ONS code)." }) region: string | null,
    @Ctx() { dataSource, viewer, loaders }: CorporateContext,
  ): Promise<ConcernCount[]> {
    if (region != null) assertRegionCode(region, "region");
    const regions = (await dataSource.getRepository(Region).find({ order: { code: "ASC" } })).filter(
      (candidate) => (region == null || candidate.code === region) && regionsCountable(viewer, candidate.code),
    );
    const rows: Array<{ region: string; severity: ConcernSeverity; count: string | number }> = await dataSource
      .getRepository(Concern)
      .createQueryBuilder("concern")
      .innerJoin(Council, "council", "council.code = concern.council_code")
      .select("council.region_code", "region")
      .addSelect("concern.severity", "severity")
      .addSelect("COUNT(*)", "count")
      .where({ status: In([ConcernStatus.OPEN, ConcernStatus.SHARED]) })
      .groupBy("council.region_code")
      .addGroupBy("concern.severity")
      .getRawMany();
    const counted = new Map(rows.map((row) => [`${row.region}/${row.severity}`, Number(row.count)]));
    for (const each of regions) loaders.regionByCode.prime(each.code, each);
    return regions.flatMap((each) =>
      Object.values(ConcernSeverity).map((severity) => ({ region: each, severity, count: counted.get(`${each.code}/${severity}`) ?? 0 })),
    );
  }
}

/**
 * The concerns the viewer may read, as SQL over `concern` joined to its
 * `council`: mirrors CONCERN_READERS (`mayReadConcerns`) together with
 * `mayPartnerSee`, built from the same named parts of the rule —
 * `readsConcernsEverywhere` (the LGA; a partner with intelligence:read, once
 * the council is aware), `regionsWhoseConcernsRead` (a principal adviser's
 * regions) and `councilWhoseConcernsRead` (a council officer's council).
 * False for everyone else: they read none. concern.test.ts holds the list to
 * the rule, concern by concern.
 */
function whereReadable(query: SelectQueryBuilder<Concern>, viewer: Viewer): void {
  const either: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (readsConcernsEverywhere(viewer)) {
    // As mayPartnerSee: the LGA sees every concern; a partner, those whose council is aware.
    either.push(readsConcernsBeforeAwareness(viewer) ? "1 = 1" : "concern.council_aware_on IS NOT NULL");
  }
  const regions = regionsWhoseConcernsRead(viewer);
  if (regions.length) {
    either.push("council.region_code IN (:...readableRegions)");
    parameters.readableRegions = regions;
  }
  const own = councilWhoseConcernsRead(viewer);
  if (own) {
    either.push("concern.council_code = :readableCouncil");
    parameters.readableCouncil = own;
  }
  query.andWhere(either.length ? `(${either.map((each) => `(${each})`).join(" OR ")})` : "1 = 0", parameters);
}

@Resolver()
export class ReadableConcernsResolver {
  @Authorized()
  @Restricted(CONCERN_READERS, { checkedBy: "resolver" })
  @Query(() => ConcernConnection, {
    description:
      "The concerns the caller may read, across councils, newest first, a page at a time: every one for the LGA central team, " +
      "those of their regions' councils for a principal adviser, their own council's for a council officer, those whose council is " +
      "aware for a partner system with intelligence:read; an empty page for anyone else (never FORBIDDEN). UNAUTHENTICATED without a token.",
  })
  async concerns(
    @Arg("region", () => ID, { nullable: true, description: "Only the concerns of this region's councils (ONS code)." }) region: string | null,
    @Arg("status", () => ConcernStatus, { nullable: true, description: "Only concerns in this status." }) status: ConcernStatus | null,
    @Arg("severity", () => ConcernSeverity, { nullable: true, description: "Only concerns of this severity." }) severity: ConcernSeverity | null,
    @Args() page: PageArgs,
    @Ctx() ctx: CorporateContext,
  ): Promise<Connection<Concern>> {
    if (region != null) assertRegionCode(region, "region");
    const query = ctx.dataSource
      .getRepository(Concern)
      .createQueryBuilder("concern")
      .innerJoin(Council, "council", "council.code = concern.council_code");
    whereReadable(query, ctx.viewer);
    if (region != null) query.andWhere("council.region_code = :region", { region });
    if (status != null) query.andWhere("concern.status = :status", { status });
    if (severity != null) query.andWhere("concern.severity = :severity", { severity });
    return readPage(query, "Query.concerns", CONCERN_KEYS, page);
  }
}

/** The concerns area's resolvers, assembled in schema.ts. */
export const concernResolvers = [CouncilConcernsResolver, ConcernResolver, SupportEngagementResolver, ConcernCountsResolver, ReadableConcernsResolver] as const;
