import { ConcernCountsResolver } from "./concern-counts.resolver";
import {
  applyMove,
  assertCouncilCode,
  assertMove,
  badUserInput,
  BoundedBy,
  type Connection,
  connectionType,
  conflict,
  type KeysetColumn,
  PageArgs,
  pagesLoader,
  readPagesByParent,
  forbidden,
  moveRefused,
  notFound,
  Provenance,
  Restricted,
} from "@sli/shared";
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { IsNull } from "typeorm";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
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
import { ConcernContactInput, EvidenceInput, RaiseConcernInput, SupportEngagementInput } from "./concern.inputs";
import {
  assertConcernLive,
  assertEngagementTerms,
  assertEngagementWarranted,
  assertEvidence,
  assertMayRaiseConcern,
  assertMayReadConcerns,
  mayPartnerSee,
  mayReadConcerns,
  assertPastDate,
  assertShareable,
  assertSources,
  CONCERN_READERS,
  awaitingLeadershipContact,
  CONCERN_LIFECYCLE,
  ENGAGEMENT_LIFECYCLE,
  isLeadershipContact,
  notAwareYet,
  raiserOf,
} from "./concerns.rules";

async function councilOf(ctx: CorporateContext, code: string, argument = "input.council"): Promise<Council> {
  assertCouncilCode(code, argument);
  const council = await ctx.loaders.councilByCode.load(code);
  if (!council) throw notFound(`No council has the code ${code}`, { argument });
  return council;
}

/** Loads a concern the viewer may change (NOT_FOUND, then FORBIDDEN by the raising rule). */
async function concernToChange(ctx: CorporateContext, id: string, argument = "concern"): Promise<{ concern: Concern; council: Council }> {
  const concern = /^\d+$/.test(id) ? await ctx.loaders.concernById.load(Number(id)) : null;
  if (!concern) throw notFound(`No concern has the id ${id}`, { argument });
  const council = (await ctx.loaders.councilByCode.load(concern.councilCode))!;
  assertMayRaiseConcern(ctx.viewer, council);
  return { concern, council };
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
    const concern = /^\d+$/.test(id) ? await ctx.loaders.concernById.load(Number(id)) : null;
    const council = concern && (await ctx.loaders.councilByCode.load(concern.councilCode));
    // Check the viewer before saying whether it exists.
    if (!ctx.viewer.authenticated || !concern || !council) {
      if (!ctx.viewer.authenticated) assertMayReadConcerns(ctx.viewer, { code: "", regionCode: "" });
      throw notFound(`No concern has the id ${id}`, { argument: "id" });
    }
    // A concern the caller may not read is one that does not exist: the same words, so ids cannot be probed.
    if (!mayReadConcerns(ctx.viewer, council) || !mayPartnerSee(ctx.viewer, council, concern)) {
      throw notFound(`No concern has the id ${id}`, { argument: "id" });
    }
    return concern;
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
    const council = await councilOf(ctx, input.council);
    assertMayRaiseConcern(ctx.viewer, council);
    const raiser = raiserOf(ctx.viewer, { kind: input.raisedBy, name: input.raisedByName });
    if (!input.summary.trim()) throw badUserInput("A concern is specific: give a summary", { argument: "input.summary" });
    assertSources(input.sources);
    assertEvidence(input.evidence);
    if (input.councilAwareOn != null) assertPastDate(input.councilAwareOn, "input.councilAwareOn");
    return ctx.transaction(async (manager) => {
      const concern = Object.assign(new Concern(), {
        councilCode: council.code,
        raisedByKind: raiser.kind,
        raisedByName: raiser.name,
        raisedBySubject: raiser.subject,
        raisedOn: new Date().toISOString().slice(0, 10),
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
    @Arg("concern", () => ID, { description: "The concern's id." }) id: string,
    @Arg("evidence", () => [EvidenceInput], { description: "At least one item." }) evidence: EvidenceInput[],
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, id);
    assertEvidence(evidence);
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertConcernLive(current);
      await manager.insert(ConcernEvidence, evidence.map((item) => ({ concernId: concern.id, description: item.description.trim(), source: item.source.trim(), provenance: Provenance.RECORDED })));
      await manager.increment(Concern, { id: concern.id }, "evidenceItems", evidence.length);
      return manager.findOneByOrFail(Concern, { id: concern.id });
    });
  }

  @Mutation(() => Concern, { description: "Records a contact made with the council about a live concern." })
  @Authorized()
  async recordConcernContact(
    @Arg("concern", () => ID, { description: "The concern's id." }) id: string,
    @Arg("input", () => ConcernContactInput, { description: "The contact." }) input: ConcernContactInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, id);
    assertPastDate(input.contactedOn, "input.contactedOn");
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

  @Mutation(() => Concern, { description: "Records the date the council was made aware of the concern (once)." })
  @Authorized()
  async recordCouncilAwareness(
    @Arg("concern", () => ID, { description: "The concern's id." }) id: string,
    @Arg("awareOn", () => String, { description: "The date (YYYY-MM-DD), not in the future." }) @BoundedBy(Concern, "councilAwareOn") awareOn: string,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, id);
    assertPastDate(awareOn, "awareOn");
    return ctx.transaction(async (manager) => {
      const result = await manager.update(Concern, { id: concern.id, councilAwareOn: IsNull() }, { councilAwareOn: awareOn });
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      if (!result.affected) throw conflict(`The council was already recorded as aware on ${current.councilAwareOn}`);
      return current;
    });
  }

  @Mutation(() => Concern, { description: "Changes a live concern's severity (escalating or de-escalating it)." })
  @Authorized()
  async changeConcernSeverity(
    @Arg("concern", () => ID, { description: "The concern's id." }) id: string,
    @Arg("severity", () => ConcernSeverity, { description: "The new severity." }) severity: ConcernSeverity,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, id);
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(Concern, { id: concern.id });
      assertConcernLive(current);
      await manager.update(Concern, { id: concern.id }, { severity });
      return Object.assign(current, { severity });
    });
  }

  @Mutation(() => Concern, {
    description:
      "Moves a concern: OPEN → SHARED (needs the council's awareness date and, if serious, a leader or chief executive contact), " +
      "→ RESOLVED, or → WITHDRAWN. CONFLICT names the current and requested status.",
  })
  @Authorized()
  async moveConcern(
    @Arg("concern", () => ID, { description: "The concern's id." }) id: string,
    @Arg("status", () => ConcernStatus, { description: "The status to move to." }) status: ConcernStatus,
    @Ctx() ctx: CorporateContext,
  ): Promise<Concern> {
    const { concern } = await concernToChange(ctx, id);
    return ctx.transaction(
      async (manager) => {
        const current = await manager.findOneByOrFail(Concern, { id: concern.id });
        const subject = `concern ${concern.id}`;
        assertMove(CONCERN_LIFECYCLE, current.status, status, { subject });
        if (status === ConcernStatus.SHARED) assertShareable(current, await manager.findBy(ConcernContact, { concernId: concern.id }));
        return applyMove(manager, Concern, CONCERN_LIFECYCLE, current, status, {}, { subject });
      },
      {
        // The CHECK backs the awareness rule; only a move from OPEN can share.
        onViolation: (violation) =>
          violation.kind === "check"
            ? moveRefused(CONCERN_LIFECYCLE, ConcernStatus.OPEN, status, { subject: `concern ${concern.id}`, reason: notAwareYet })
            : undefined,
      },
    );
  }

  @Mutation(() => SupportEngagement, {
    description:
      "Records the support engagement (improvement board) for a significant or serious concern, with its bespoke Terms of " +
      "Engagement; status PROPOSED. One per concern: CONFLICT for a second.",
  })
  @Authorized()
  async recordSupportEngagement(
    @Arg("concern", () => ID, { description: "The concern's id." }) id: string,
    @Arg("input", () => SupportEngagementInput, { description: "The Terms of Engagement." }) input: SupportEngagementInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<SupportEngagement> {
    const { concern } = await concernToChange(ctx, id);
    assertEngagementTerms(input);
    const already = () => conflict(`Concern ${concern.id} already has a support engagement: there is one per concern`);
    return ctx.transaction(
      async (manager) => {
        const current = await manager.findOneByOrFail(Concern, { id: concern.id });
        assertEngagementWarranted(current);
        if (await manager.findOneBy(SupportEngagement, { concernId: concern.id })) throw already();
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
      { onViolation: (violation) => (violation.kind === "unique" ? already() : undefined) },
    );
  }

  @Mutation(() => SupportEngagement, {
    description: "Moves a support engagement: PROPOSED → AGREED → CONCLUDED (or PROPOSED → CONCLUDED). CONFLICT names both states.",
  })
  @Authorized()
  async moveSupportEngagement(
    @Arg("concern", () => ID, { description: "The concern whose engagement moves." }) id: string,
    @Arg("status", () => SupportEngagementStatus, { description: "The status to move to." }) status: SupportEngagementStatus,
    @Ctx() ctx: CorporateContext,
  ): Promise<SupportEngagement> {
    const { concern } = await concernToChange(ctx, id);
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneBy(SupportEngagement, { concernId: concern.id });
      if (!current) throw notFound(`Concern ${concern.id} has no support engagement`, { argument: "concern" });
      return applyMove(manager, SupportEngagement, ENGAGEMENT_LIFECYCLE, current, status, {}, {
        subject: `the support engagement of concern ${concern.id}`,
      });
    });
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

/** Registered in schema.ts in one line (CouncilConcernsResolver keeps its own line there). */
export const concernResolvers = [ConcernResolver, SupportEngagementResolver, ConcernCountsResolver] as const;
