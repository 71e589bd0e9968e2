import { randomBytes } from "node:crypto";
import {
  applyMove,
  assertCouncilCode,
  assertMove,
  type conflict,
  type ConstraintViolation,
  financialYear as checkFinancialYear,
  isoDate,
  ownedBy,
  Provenance,
  Public,
  WRITERS,
} from "@sli/shared";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { type EntityManager, type FindOptionsWhere, In } from "typeorm";
import type { CorporateContext } from "../context";
import { councilCodesFor } from "../council/council-codes";
import { Council } from "../council/council.entity";
import { financialYearOf } from "../financial-year";
import { Person } from "../person/person.entity";
import { CoreComponentFindings, CorporatePeerChallenge, CorporatePeerChallengeFocusArea, CorporatePeerChallengePeer, NO_COST_WINDOW } from "./corporate-peer-challenge.entity";
import { CorporatePeerChallengeComponent, CorporatePeerChallengeStatus as Status } from "./corporate-peer-challenge.enums";
import {
  AddCorporatePeerChallengePeerInput,
  BookCorporatePeerChallengeInput,
  CancelCorporatePeerChallengeInput,
  CorporatePeerChallengeProgressArgs,
  CorporatePeerChallengesArgs,
  ExpressInterestInCorporatePeerChallengeInput,
  GiveCorporatePeerChallengeFeedbackInput,
  type PeerInput,
  PublishCorporatePeerChallengeReportInput,
  RecordCorporatePeerChallengeEvaluationInput,
  StartCorporatePeerChallengeOnSiteInput,
} from "./corporate-peer-challenge.inputs";
import { assertPersonExists, challengeId, findChallenge } from "./corporate-peer-challenge.loaders";
import { assertCouncilExists, councilOfRecord } from "../council/council.loaders";
import { CorporatePeerChallengeProgress } from "./corporate-peer-challenge-progress.type";
import {
  assertCanRecordEvaluation,
  assertFocusAreaChosen,
  assertOnePeer,
  FINDINGS_MAX,
  requiredText,
  assertInNoCostWindow,
  assertNotOnTeam,
  assertNotBefore,
  assertOneNoCostChallenge,
  assertReportUrl,
  assertTeamOpen,
  BOOKED_OR_DISCUSSED,
  CORPORATE_PEER_CHALLENGE_LIFECYCLE,
  DELIVERED,
  oneNoCostViolation,
  onTeamOnceViolation,
  PUBLISHED_FIGURES,
} from "./corporate-peer-challenge.rules";

@Resolver(() => Council)
export class CouncilCorporatePeerChallengesResolver {
  @Public()
  @FieldResolver(() => [CorporatePeerChallenge], { description: "The council's corporate peer challenges, oldest first (cancelled ones included)." })
  corporatePeerChallenges(
    @Root() council: Council,
    @Ctx() { loaders }: CorporateContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CorporatePeerChallenge[]> {
    return loaders.corporatePeerChallengesByCouncil.asked(info).load(council.code);
  }
}

function slug(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "peer";
}

/** Puts peers on a team: an existing person, or a new one added to the graph. A person sits on a team once. */
async function addPeers(manager: EntityManager, challengeId: number, peers: PeerInput[]): Promise<void> {
  if (!peers.length) return;
  const present = new Set(
    (await manager.find(CorporatePeerChallengePeer, { where: { challengeId } })).map((peer) => peer.personId),
  );
  for (const [index, peer] of peers.entries()) {
    const argument = `peers[${index}]`;
    assertOnePeer(peer, argument);
    let personId: string;
    if (peer.personId) {
      await assertPersonExists(manager, peer.personId, `${argument}.personId`);
      personId = peer.personId;
    } else {
      const details = peer.newPerson!;
      const name = requiredText(details.name, `${argument}.newPerson.name`, 120);
      personId = `${slug(name)}-${randomBytes(3).toString("hex")}`;
      await manager.insert(Person, {
        id: personId,
        name,
        title: details.title?.trim() || null,
        organisation: details.organisation?.trim() || null,
        email: details.email?.trim() || null,
        provenance: Provenance.RECORDED,
      });
    }
    assertNotOnTeam(challengeId, personId, present);
    present.add(personId);
    await manager.insert(CorporatePeerChallengePeer, { challengeId, personId, role: peer.role, provenance: Provenance.RECORDED });
  }
}

@Resolver(() => CorporatePeerChallenge)
export class CorporatePeerChallengeResolver {
  @Public()
  @Query(() => CorporatePeerChallenge, { nullable: true, description: "One corporate peer challenge: NOT_FOUND for an unknown id." })
  async corporatePeerChallenge(@Arg("id", () => ID, { description: "The challenge's id." }) id: string, @Ctx() { dataSource }: CorporateContext): Promise<CorporatePeerChallenge> {
    return findChallenge(dataSource.manager, challengeId(id));
  }

  @Public()
  @Query(() => [CorporatePeerChallenge], { description: "Corporate peer challenges, oldest first; filter by state, region or council." })
  async corporatePeerChallenges(
    @Args(() => CorporatePeerChallengesArgs) args: CorporatePeerChallengesArgs,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge[]> {
    const where: FindOptionsWhere<CorporatePeerChallenge> = {};
    if (args.status) where.status = args.status;
    const codes = await councilCodesFor(ctx, args.region, args.council);
    if (codes) where.councilCode = In(codes);
    return ctx.dataSource.getRepository(CorporatePeerChallenge).find({ where, order: { id: "ASC" } });
  }

  @Public()
  @Query(() => CorporatePeerChallengeProgress, {
    description: "The programme's progress (delivered, booked or being discussed) in England or one region, against the published figures.",
  })
  async corporatePeerChallengeProgress(
    @Args(() => CorporatePeerChallengeProgressArgs) args: CorporatePeerChallengeProgressArgs,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallengeProgress> {
    checkFinancialYear(args.financialYear, "financialYear");
    const codes = await councilCodesFor(ctx, args.region, undefined);
    const challenges = await ctx.dataSource.getRepository(CorporatePeerChallenge).find({
      select: { id: true, councilCode: true, status: true, feedbackGivenOn: true },
      where: codes ? { councilCode: In(codes) } : {},
    });
    const delivered = challenges.filter((c) => DELIVERED.includes(c.status));
    return {
      region: args.region ? await ctx.loaders.regionByCode.load(args.region) : null,
      financialYear: args.financialYear,
      deliveredInYear: delivered.filter((c) => c.feedbackGivenOn && financialYearOf(c.feedbackGivenOn) === args.financialYear).length,
      delivered: delivered.length,
      bookedOrDiscussed: challenges.filter((c) => BOOKED_OR_DISCUSSED.includes(c.status)).length,
      councilsDelivered: new Set(delivered.map((c) => c.councilCode)).size,
      byStatus: Object.values(Status).map((status) => ({ status, count: challenges.filter((c) => c.status === status).length })),
      published: args.region ? null : { ...PUBLISHED_FIGURES },
    };
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council challenged." })
  async council(@Root() challenge: CorporatePeerChallenge, @Ctx() ctx: CorporateContext): Promise<Council> {
    return councilOfRecord(ctx, challenge, "corporate peer challenge");
  }

  @Public()
  @FieldResolver(() => [CoreComponentFindings], { description: "Leadership, corporate capacity and financial resilience, each with the team's findings." })
  coreComponents(@Root() challenge: CorporatePeerChallenge): CoreComponentFindings[] {
    // The challenge owns its findings: its state and council decide who reads them.
    return ownedBy(
      [
        { component: CorporatePeerChallengeComponent.LEADERSHIP, findings: challenge.leadershipFindings },
        { component: CorporatePeerChallengeComponent.CORPORATE_CAPACITY, findings: challenge.corporateCapacityFindings },
        { component: CorporatePeerChallengeComponent.FINANCIAL_RESILIENCE, findings: challenge.financialResilienceFindings },
      ],
      challenge,
    );
  }

  @Public()
  @FieldResolver(() => [CorporatePeerChallengeFocusArea], { description: "The local focus areas the council chose, in its order." })
  async localFocusAreas(@Root() challenge: CorporatePeerChallenge, @Ctx() { loaders }: CorporateContext): Promise<CorporatePeerChallengeFocusArea[]> {
    return ownedBy(await loaders.focusAreasByCorporatePeerChallenge.load(challenge.id), challenge);
  }

  @Public()
  @FieldResolver(() => [CorporatePeerChallengePeer], { description: "The peers on the team." })
  peers(@Root() challenge: CorporatePeerChallenge, @Ctx() { loaders }: CorporateContext): Promise<CorporatePeerChallengePeer[]> {
    return loaders.peersByCorporatePeerChallenge.load(challenge.id);
  }

  @Public()
  @FieldResolver(() => String, { nullable: true, description: "The financial year it was delivered in (from the feedback date), e.g. 2011/12." })
  deliveredInFinancialYear(@Root() challenge: CorporatePeerChallenge): string | null {
    return DELIVERED.includes(challenge.status) && challenge.feedbackGivenOn ? financialYearOf(challenge.feedbackGivenOn) : null;
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, {
    description: "Records a council's interest in a corporate peer challenge. CONFLICT if a no-cost one is asked for and the council already has its no-cost challenge.",
  })
  async expressInterestInCorporatePeerChallenge(
    @Arg("input", () => ExpressInterestInCorporatePeerChallengeInput, { description: "The council and its interest." }) input: ExpressInterestInCorporatePeerChallengeInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    assertCouncilCode(input.council, "council");
    isoDate(input.interestExpressedOn, "interestExpressedOn");
    if (input.noCost) assertInNoCostWindow(input.interestExpressedOn, "interestExpressedOn");
    const focusAreas = input.localFocusAreas.map((title, i) => requiredText(title, `localFocusAreas[${i}]`, 200));
    return ctx.transaction(
      async (manager) => {
        await assertCouncilExists(manager, input.council);
        if (input.noCost) {
          assertOneNoCostChallenge(
            input.council,
            await manager.findOneBy(CorporatePeerChallenge, { councilCode: input.council, noCostWindow: NO_COST_WINDOW }),
          );
        }
        const { identifiers } = await manager.insert(CorporatePeerChallenge, {
          councilCode: input.council,
          status: Status.INTEREST_EXPRESSED,
          noCost: input.noCost,
          noCostWindow: input.noCost ? NO_COST_WINDOW : null,
          interestExpressedOn: input.interestExpressedOn,
          provenance: Provenance.RECORDED,
        });
        const id = Number(identifiers[0].id);
        if (focusAreas.length) {
          await manager.insert(
            CorporatePeerChallengeFocusArea,
            focusAreas.map((title, i) => ({ challengeId: id, position: i + 1, title, provenance: Provenance.RECORDED })),
          );
        }
        return findChallenge(manager, id);
      },
      { onViolation: oneNoCostViolation(input.council) },
    );
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "Books the on-site dates (interest expressed → booked), with the team so far." })
  bookCorporatePeerChallenge(
    @Arg("input", () => BookCorporatePeerChallengeInput, { description: "The challenge, its dates and team." }) input: BookCorporatePeerChallengeInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    isoDate(input.onSiteFrom, "onSiteFrom");
    assertNotBefore(input.onSiteTo, input.onSiteFrom, "onSiteTo", "onSiteFrom");
    return move(ctx, input.id, Status.BOOKED, async (_manager, challenge) => {
      assertNotBefore(input.bookedOn, challenge.interestExpressedOn, "bookedOn", "the date interest was expressed");
      if (challenge.noCost) assertInNoCostWindow(input.onSiteFrom, "onSiteFrom");
      return {
        changes: { bookedOn: input.bookedOn, onSiteFrom: input.onSiteFrom, onSiteTo: input.onSiteTo },
        afterwards: (manager) => addPeers(manager, challenge.id, input.peers),
      };
    }, onTeamOnceViolation);
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "Adds a peer to the team (until feedback is given); a new person is added to the graph." })
  addCorporatePeerChallengePeer(
    @Arg("input", () => AddCorporatePeerChallengePeerInput, { description: "The challenge and the peer." }) input: AddCorporatePeerChallengePeerInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    const id = challengeId(input.id, "input.id");
    return ctx.transaction(
      async (manager) => {
        const challenge = await findChallenge(manager, id);
        assertTeamOpen(challenge);
        await addPeers(manager, id, [input.peer]);
        return challenge;
      },
      { onViolation: onTeamOnceViolation },
    );
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "The team is on site (booked → on site)." })
  startCorporatePeerChallengeOnSite(
    @Arg("input", () => StartCorporatePeerChallengeOnSiteInput, { description: "The challenge whose team is on site." }) input: StartCorporatePeerChallengeOnSiteInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    return move(ctx, input.id, Status.ON_SITE, async () => ({ changes: {} }));
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "Records the team's feedback and findings (on site → feedback given): the challenge is delivered." })
  giveCorporatePeerChallengeFeedback(
    @Arg("input", () => GiveCorporatePeerChallengeFeedbackInput, { description: "The challenge and the team's findings." }) input: GiveCorporatePeerChallengeFeedbackInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    const findings = {
      leadershipFindings: requiredText(input.leadershipFindings, "leadershipFindings", FINDINGS_MAX),
      corporateCapacityFindings: requiredText(input.corporateCapacityFindings, "corporateCapacityFindings", FINDINGS_MAX),
      financialResilienceFindings: requiredText(input.financialResilienceFindings, "financialResilienceFindings", FINDINGS_MAX),
    };
    return move(ctx, input.id, Status.FEEDBACK_GIVEN, async (manager, challenge) => {
      assertNotBefore(input.feedbackGivenOn, challenge.onSiteFrom, "feedbackGivenOn", "the first day on site");
      const areas = await manager.find(CorporatePeerChallengeFocusArea, { where: { challengeId: challenge.id } });
      const areaFindings = input.focusAreaFindings.map((area, i) => {
        const argument = `focusAreaFindings[${i}]`;
        assertFocusAreaChosen(areas, area.position, argument);
        return { position: area.position, findings: requiredText(area.findings, `${argument}.findings`, FINDINGS_MAX) };
      });
      return {
        changes: { ...findings, feedbackGivenOn: input.feedbackGivenOn },
        afterwards: async (manager) => {
          for (const area of areaFindings) {
            await manager.update(
              CorporatePeerChallengeFocusArea,
              { challengeId: challenge.id, position: area.position },
              { findings: area.findings },
            );
          }
        },
      };
    });
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "Publishes the report (feedback given → report published, final)." })
  publishCorporatePeerChallengeReport(
    @Arg("input", () => PublishCorporatePeerChallengeReportInput, { description: "The challenge and its report." }) input: PublishCorporatePeerChallengeReportInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    assertReportUrl(input.reportUrl);
    return move(ctx, input.id, Status.REPORT_PUBLISHED, async (_manager, challenge) => {
      assertNotBefore(input.reportPublishedOn, challenge.feedbackGivenOn, "reportPublishedOn", "the feedback date");
      return { changes: { reportPublishedOn: input.reportPublishedOn, reportUrl: input.reportUrl } };
    });
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "Calls the challenge off (any state before published → cancelled); frees a no-cost challenge's slot." })
  cancelCorporatePeerChallenge(
    @Arg("input", () => CancelCorporatePeerChallengeInput, { description: "The challenge and why it is called off." }) input: CancelCorporatePeerChallengeInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    const reason = input.reason == null ? null : requiredText(input.reason, "reason", 500);
    return move(ctx, input.id, Status.CANCELLED, async (_manager, challenge) => {
      assertNotBefore(input.cancelledOn, challenge.interestExpressedOn, "cancelledOn", "the date interest was expressed");
      return {
        changes: { cancelledOn: input.cancelledOn, cancelledFrom: challenge.status, cancellationReason: reason, noCostWindow: null },
      };
    });
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => CorporatePeerChallenge, { description: "Records the council's satisfaction and whether it would recommend a peer challenge (once feedback is given)." })
  recordCorporatePeerChallengeEvaluation(
    @Arg("input", () => RecordCorporatePeerChallengeEvaluationInput, { description: "The challenge and the council's view of it." }) input: RecordCorporatePeerChallengeEvaluationInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<CorporatePeerChallenge> {
    const id = challengeId(input.id);
    return ctx.transaction(async (manager) => {
      const challenge = await findChallenge(manager, id);
      assertCanRecordEvaluation(challenge);
      await manager.update(CorporatePeerChallenge, { id }, { satisfaction: input.satisfaction, wouldRecommend: input.wouldRecommend });
      return findChallenge(manager, id);
    });
  }
}

@Resolver(() => CorporatePeerChallengePeer)
export class CorporatePeerChallengePeerResolver {
  @Public()
  @FieldResolver(() => Person, { description: "The peer." })
  async person(@Root() peer: CorporatePeerChallengePeer, @Ctx() { loaders }: CorporateContext): Promise<Person> {
    const person = await loaders.personById.load(peer.personId);
    if (!person) throw new Error(`peer ${peer.id} names person ${peer.personId}, who is missing`);
    return person;
  }
}

/**
 * One move along the lifecycle, in one transaction: the lifecycle rule first,
 * then an update that only applies while the challenge is still in the state
 * it was read in, so two concurrent moves cannot both pass.
 */
async function move(
  ctx: CorporateContext,
  rawId: string,
  requested: Status,
  work: (manager: EntityManager, challenge: CorporatePeerChallenge) => Promise<MoveWork>,
  onViolation?: (violation: ConstraintViolation) => ReturnType<typeof conflict> | undefined,
): Promise<CorporatePeerChallenge> {
  const id = challengeId(rawId);
  return ctx.transaction(
    async (manager) => {
      const challenge = await findChallenge(manager, id);
      const subject = `corporate peer challenge ${id}`;
      assertMove(CORPORATE_PEER_CHALLENGE_LIFECYCLE, challenge.status, requested, { subject });
      const { changes, afterwards } = await work(manager, challenge);
      // The update comes before any other write, so concurrent moves queue on the challenge's row lock.
      await applyMove(manager, CorporatePeerChallenge, CORPORATE_PEER_CHALLENGE_LIFECYCLE, challenge, requested, changes, { subject });
      await afterwards?.(manager);
      return findChallenge(manager, id);
    },
    { onViolation },
  );
}

/** What a move changes on the challenge, and what it writes after (once the challenge's row is held). */
interface MoveWork {
  changes: Partial<CorporatePeerChallenge>;
  afterwards?: (manager: EntityManager) => Promise<void>;
}

/** The corporate peer challenge's resolvers, assembled in schema.ts. */
export const corporatePeerChallengeResolvers = [
  CouncilCorporatePeerChallengesResolver,
  CorporatePeerChallengeResolver,
  CorporatePeerChallengePeerResolver,
] as const;
