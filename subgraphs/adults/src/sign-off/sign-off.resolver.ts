import { applyMove, assertCouncilCode, isoDate, LocalDate, ownedBy, Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { type EntityManager, In, LessThanOrEqual } from "typeorm";
import type { AdultsContext } from "../context";
import { Council } from "../council/council.entity";
import { assertText, findUpperTierCouncil } from "../council/council.rules";
import { CqcRating } from "../council/council.enums";
import { AdultsLearning, AdultsPeerChallenge, AdultsRecognition, AdultsSignOff, AdultsSignOffEvidence } from "./sign-off.entity";
import { AdultsDatePrecision, AdultsEvidenceKind, AdultsSignOffStatus } from "./sign-off.enums";
import {
  EnterAdultsSignOffInput,
  InviteAdultsSignOffToPresentInput,
  RecogniseAdultsSignOffInput,
  RecordAdultsPeerChallengeInput,
  RecordAdultsSignOffEvidenceInput,
  RecordAdultsSignOffPresentationInput,
} from "./sign-off.inputs";
import { AdultsMissingItem, AdultsSignOffProgress } from "./sign-off-progress.type";
import {
  assertEvidenceRecordable,
  assertInProgramme,
  assertInvitedAfterEvidence,
  assertLearning,
  assertNotBefore,
  assertNotYetInProgramme,
  assertPeerChallengeRecordable,
  assertRatedAdequate,
  assertSignOffMove,
  nextStatus,
  type SignOffSnapshot,
  SIGN_OFF_LIFECYCLE,
  signOffViolation,
  stillMissing,
} from "./sign-off.rules";

/**
 * Opens a write on one council's sign-off: first bumps its version (on MySQL
 * the row lock that makes every other write to this sign-off wait), then reads
 * what the rules need, so they judge what is committed, not a stale snapshot.
 */
async function lockSignOff(manager: EntityManager, councilCode: string) {
  assertCouncilCode(councilCode, "council");
  const { affected } = await manager
    .createQueryBuilder()
    .update(AdultsSignOff)
    .set({ version: () => "version + 1" })
    .where("council_code = :councilCode", { councilCode })
    .execute();
  const council = await findUpperTierCouncil(manager, councilCode);
  assertInProgramme(councilCode, !!affected);
  const signOff = await manager.findOneByOrFail(AdultsSignOff, { councilCode });
  const snapshot: SignOffSnapshot = {
    signOff,
    peerChallenge: await manager.findOneBy(AdultsPeerChallenge, { signOffId: signOff.id }),
    evidence: await manager.findBy(AdultsSignOffEvidence, { currentSignOffId: signOff.id }),
  };
  return { council, signOff, snapshot };
}

/** Moves the sign-off one step, only from the status the rules were checked against. */
async function moveTo(manager: EntityManager, signOff: AdultsSignOff, to: AdultsSignOffStatus, dates: Partial<AdultsSignOff>) {
  await applyMove(manager, AdultsSignOff, SIGN_OFF_LIFECYCLE, signOff, to, dates, { subject: `the sign-off of ${signOff.councilCode}` });
  return manager.findOneByOrFail(AdultsSignOff, { id: signOff.id });
}

@Resolver(() => Council)
export class CouncilSignOffResolver {
  @Public()
  @FieldResolver(() => AdultsSignOff, {
    nullable: true,
    description: "The council's TEASC sign-off; null outside the councils rated adequate that have entered the programme.",
  })
  async adultsSignOff(@Root() council: Council, @Ctx() { loaders }: AdultsContext): Promise<AdultsSignOff | null> {
    if (!council.upperTier) return null;
    return loaders.signOffByCouncil.load(council.code);
  }
}

@Resolver(() => AdultsSignOff)
export class AdultsSignOffResolver {
  @Public()
  @Query(() => [AdultsSignOffProgress], {
    description:
      "The sign-off programme: every council rated adequate (DEMO ones are illustrative), its status and what is still missing, by council code.",
  })
  async adultsSignOffProgramme(@Ctx() { dataSource, loaders }: AdultsContext): Promise<AdultsSignOffProgress[]> {
    const councils = await dataSource
      .getRepository(Council)
      .find({ where: { cqcRating2010: CqcRating.ADEQUATE }, order: { code: "ASC" } });
    return Promise.all(
      councils.map(async (council) => {
        const signOff = await loaders.signOffByCouncil.load(council.code);
        return { council, signOff, status: signOff?.status ?? null, missing: await missingFor(signOff, loaders) };
      }),
    );
  }

  @Public()
  @Query(() => [AdultsSignOff], {
    description: "The councils whose progress the board had recognised by a date, earliest first.",
  })
  async adultsRecognisedBy(
    @Arg("date", () => LocalDate, { description: "The day (2000-01-01 to 2030-12-31); a recognition the source dates only by its month counts from that month's last day." }) date: string,
    @Ctx() { dataSource }: AdultsContext,
  ): Promise<AdultsSignOff[]> {
    const recognitions = await dataSource
      .getRepository(AdultsRecognition)
      .find({ where: { knownBy: LessThanOrEqual(isoDate(date, "date")) }, order: { knownBy: "ASC", signOffId: "ASC" } });
    if (!recognitions.length) return [];
    const signOffs = await dataSource.getRepository(AdultsSignOff).findBy({ id: In(recognitions.map((r) => r.signOffId)) });
    const byId = new Map(signOffs.map((signOff) => [signOff.id, signOff]));
    return recognitions.map((recognition) => byId.get(recognition.signOffId)!);
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council." })
  async council(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext): Promise<Council> {
    return (await loaders.councilByCode.load(signOff.councilCode))!;
  }

  @Public()
  @FieldResolver(() => AdultsPeerChallenge, { nullable: true, description: "Its subsidised peer challenge, once recorded." })
  peerChallenge(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext) {
    return loaders.peerChallengeBySignOff.load(signOff.id);
  }

  @Public()
  @FieldResolver(() => AdultsSignOffEvidence, { nullable: true, description: "Core element: the council's progress report against its improvement plan." })
  progressReport(@Root() signOff: AdultsSignOff, @Ctx() ctx: AdultsContext) {
    return currentEvidence(signOff, AdultsEvidenceKind.PROGRESS_REPORT, ctx);
  }

  @Public()
  @FieldResolver(() => AdultsSignOffEvidence, { nullable: true, description: "Core element: the results of the peer challenge." })
  peerChallengeResults(@Root() signOff: AdultsSignOff, @Ctx() ctx: AdultsContext) {
    return currentEvidence(signOff, AdultsEvidenceKind.PEER_CHALLENGE_RESULTS, ctx);
  }

  @Public()
  @FieldResolver(() => AdultsSignOffEvidence, { nullable: true, description: "Core element: the endorsement of an independent peer director." })
  peerDirectorEndorsement(@Root() signOff: AdultsSignOff, @Ctx() ctx: AdultsContext) {
    return currentEvidence(signOff, AdultsEvidenceKind.PEER_DIRECTOR_ENDORSEMENT, ctx);
  }

  @Public()
  @FieldResolver(() => AdultsSignOffEvidence, { nullable: true, description: "Confirmation: feedback from the DH deputy regional director." })
  dhDeputyRegionalDirectorFeedback(@Root() signOff: AdultsSignOff, @Ctx() ctx: AdultsContext) {
    return currentEvidence(signOff, AdultsEvidenceKind.DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK, ctx);
  }

  @Public()
  @FieldResolver(() => AdultsSignOffEvidence, {
    nullable: true,
    description: "Confirmation: feedback from the LGA principal adviser for the council's region.",
  })
  principalAdviserFeedback(@Root() signOff: AdultsSignOff, @Ctx() ctx: AdultsContext) {
    return currentEvidence(signOff, AdultsEvidenceKind.PRINCIPAL_ADVISER_FEEDBACK, ctx);
  }

  @Public()
  @FieldResolver(() => [AdultsSignOffEvidence], {
    description: "Every piece of evidence recorded, oldest first, including those later re-recorded.",
  })
  async evidenceHistory(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext) {
    return ownedBy(await loaders.evidenceBySignOff.load(signOff.id), signOff);
  }

  @Public()
  @FieldResolver(() => AdultsRecognition, { nullable: true, description: "The board's recognition, once given." })
  recognition(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext) {
    return loaders.recognitionBySignOff.load(signOff.id);
  }

  @Public()
  @FieldResolver(() => LocalDate, {
    nullable: true,
    description: "When the board recognised its progress; where the source gives only the month, that month's last day (see recognisedOnPrecision). Null until recognised.",
  })
  async recognisedOn(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext): Promise<string | null> {
    return (await loaders.recognitionBySignOff.load(signOff.id))?.knownBy ?? null;
  }

  @Public()
  @FieldResolver(() => AdultsDatePrecision, { nullable: true, description: "Whether recognisedOn is the day or only the month's last day. Null until recognised." })
  async recognisedOnPrecision(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext): Promise<AdultsDatePrecision | null> {
    const recognition = await loaders.recognitionBySignOff.load(signOff.id);
    return recognition ? recognitionPrecision(recognition) : null;
  }

  @Public()
  @FieldResolver(() => AdultsSignOffStatus, { nullable: true, description: "The status it can move to next; null once recognised." })
  nextStatus(@Root() signOff: AdultsSignOff): AdultsSignOffStatus | null {
    return nextStatus(signOff.status);
  }

  @Public()
  @FieldResolver(() => [AdultsMissingItem], { description: "Everything still missing on the way to recognition; empty once recognised." })
  missing(@Root() signOff: AdultsSignOff, @Ctx() { loaders }: AdultsContext) {
    return missingFor(signOff, loaders);
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsSignOff, {
    description: "Enters a council rated ADEQUATE in 2009-10 into the TEASC sign-off programme (status GATHERING_EVIDENCE).",
  })
  enterAdultsSignOff(@Arg("input", { description: "The council and when it entered." }) input: EnterAdultsSignOffInput, @Ctx() ctx: AdultsContext) {
    const { council: councilCode, enteredOn } = input;
    isoDate(enteredOn, "enteredOn");
    return ctx.transaction(
      async (manager) => {
        const council = await findUpperTierCouncil(manager, councilCode);
        assertRatedAdequate(council);
        assertNotYetInProgramme(councilCode, await manager.existsBy(AdultsSignOff, { councilCode }));
        const { identifiers } = await manager.insert(AdultsSignOff, {
          councilCode,
          cqcRating2010: CqcRating.ADEQUATE,
          status: AdultsSignOffStatus.GATHERING_EVIDENCE,
          enteredOn,
          invitedOn: null,
          presentedOn: null,
          illustrative: false,
          note: null,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(AdultsSignOff, { id: Number(identifiers[0].id) });
      },
      { onViolation: signOffViolation(councilCode) },
    );
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsSignOff, { description: "Records the council's subsidised peer challenge (once; while GATHERING_EVIDENCE)." })
  recordAdultsPeerChallenge(@Arg("input", { description: "The peer challenge." }) input: RecordAdultsPeerChallengeInput, @Ctx() ctx: AdultsContext) {
    isoDate(input.onSiteFrom, "onSiteFrom");
    isoDate(input.onSiteTo, "onSiteTo");
    assertNotBefore(input.onSiteTo, input.onSiteFrom, "onSiteTo", "onSiteFrom");
    const leadPeer = assertText(input.leadPeer, "leadPeer", 200);
    const focus = input.focus ? assertText(input.focus, "focus", 1000) : null;
    return ctx.transaction(
      async (manager) => {
        const { signOff, snapshot } = await lockSignOff(manager, input.council);
        assertPeerChallengeRecordable(input.council, snapshot, input);
        await manager.insert(AdultsPeerChallenge, {
          signOffId: signOff.id,
          onSiteFrom: input.onSiteFrom,
          onSiteTo: input.onSiteTo,
          leadPeer,
          focus,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(AdultsSignOff, { id: signOff.id });
      },
      { onViolation: signOffViolation(input.council) },
    );
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsSignOff, {
    description:
      "Records one of the three core elements or two confirmations (while GATHERING_EVIDENCE). Recording a kind again replaces it as current and keeps the earlier in evidenceHistory.",
  })
  recordAdultsSignOffEvidence(@Arg("input", { description: "The evidence." }) input: RecordAdultsSignOffEvidenceInput, @Ctx() ctx: AdultsContext) {
    isoDate(input.givenOn, "givenOn");
    const author = assertText(input.author, "author", 200);
    const summary = input.summary ? assertText(input.summary, "summary", 2000) : null;
    return ctx.transaction(
      async (manager) => {
        const { council, signOff, snapshot } = await lockSignOff(manager, input.council);
        assertEvidenceRecordable(council, snapshot, { kind: input.kind, givenOn: input.givenOn, author });
        await manager.update(AdultsSignOffEvidence, { currentSignOffId: signOff.id, kind: input.kind }, { currentSignOffId: null });
        await manager.insert(AdultsSignOffEvidence, {
          signOffId: signOff.id,
          kind: input.kind,
          currentSignOffId: signOff.id,
          givenOn: input.givenOn,
          author,
          outcome: input.outcome,
          summary,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(AdultsSignOff, { id: signOff.id });
      },
      { onViolation: signOffViolation(input.council) },
    );
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsSignOff, {
    description:
      "GATHERING_EVIDENCE → INVITED_TO_PRESENT: only with the peer challenge and all five pieces of evidence in, each supporting sign-off (CONFLICT listing what is missing).",
  })
  inviteAdultsSignOffToPresent(
    @Arg("input", { description: "The council and when the board invited it." }) input: InviteAdultsSignOffToPresentInput,
    @Ctx() ctx: AdultsContext,
  ) {
    const { council: councilCode, invitedOn } = input;
    isoDate(invitedOn, "invitedOn");
    return ctx.transaction(
      async (manager) => {
        const { signOff, snapshot } = await lockSignOff(manager, councilCode);
        assertSignOffMove(councilCode, snapshot, AdultsSignOffStatus.INVITED_TO_PRESENT);
        assertInvitedAfterEvidence(invitedOn, snapshot);
        return moveTo(manager, signOff, AdultsSignOffStatus.INVITED_TO_PRESENT, { invitedOn });
      },
      { onViolation: signOffViolation(councilCode) },
    );
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsSignOff, { description: "INVITED_TO_PRESENT → PRESENTED: the council has presented to the TEASC board." })
  recordAdultsSignOffPresentation(
    @Arg("input", { description: "The council and when it presented." }) input: RecordAdultsSignOffPresentationInput,
    @Ctx() ctx: AdultsContext,
  ) {
    const { council: councilCode, presentedOn } = input;
    isoDate(presentedOn, "presentedOn");
    return ctx.transaction(
      async (manager) => {
        const { signOff, snapshot } = await lockSignOff(manager, councilCode);
        assertSignOffMove(councilCode, snapshot, AdultsSignOffStatus.PRESENTED);
        assertNotBefore(presentedOn, signOff.invitedOn, "presentedOn", "the invitation");
        return moveTo(manager, signOff, AdultsSignOffStatus.PRESENTED, { presentedOn });
      },
      { onViolation: signOffViolation(councilCode) },
    );
  }

  @Authorized(...WRITERS.adults)
  @Mutation(() => AdultsSignOff, {
    description: "PRESENTED → RECOGNISED: the board recognises the council's progress (once) and records the learning to share.",
  })
  recogniseAdultsSignOff(@Arg("input", { description: "The recognition." }) input: RecogniseAdultsSignOffInput, @Ctx() ctx: AdultsContext) {
    isoDate(input.recognisedOn, "recognisedOn");
    const learning = assertLearning(input.learning);
    return ctx.transaction(
      async (manager) => {
        const { signOff, snapshot } = await lockSignOff(manager, input.council);
        assertSignOffMove(input.council, snapshot, AdultsSignOffStatus.RECOGNISED);
        assertNotBefore(input.recognisedOn, signOff.presentedOn, "recognisedOn", "the presentation");
        const moved = await moveTo(manager, signOff, AdultsSignOffStatus.RECOGNISED, {});
        const { identifiers } = await manager.insert(AdultsRecognition, {
          signOffId: signOff.id,
          recognisedOn: input.recognisedOn,
          knownBy: input.recognisedOn,
          provenance: Provenance.RECORDED,
        });
        const recognitionId = Number(identifiers[0].id);
        await manager.insert(
          AdultsLearning,
          learning.map((text, index) => ({ recognitionId, position: index + 1, learning: text, provenance: Provenance.RECORDED })),
        );
        return moved;
      },
      { onViolation: signOffViolation(input.council) },
    );
  }
}

@Resolver(() => AdultsRecognition)
export class AdultsRecognitionResolver {
  @Public()
  @FieldResolver(() => LocalDate, {
    description: "When the board recognised the progress; where the source gives only the month, that month's last day (see recognisedOnPrecision).",
  })
  recognisedOn(@Root() recognition: AdultsRecognition): string {
    return recognition.knownBy;
  }

  @Public()
  @FieldResolver(() => AdultsDatePrecision, { description: "Whether recognisedOn is the day or only the month's last day." })
  recognisedOnPrecision(@Root() recognition: AdultsRecognition): AdultsDatePrecision {
    return recognitionPrecision(recognition);
  }

  @Public()
  @FieldResolver(() => [AdultsLearning], { description: "The learning the board identified to share, in order; empty where the source names none." })
  learningToShare(@Root() recognition: AdultsRecognition, @Ctx() { loaders }: AdultsContext) {
    return loaders.learningByRecognition.load(recognition.id);
  }
}

/** A recognition the source dates only by its month (YYYY-MM) is known by that month's last day. */
const recognitionPrecision = (recognition: AdultsRecognition) =>
  /^\d{4}-\d{2}$/.test(recognition.recognisedOn) ? AdultsDatePrecision.MONTH : AdultsDatePrecision.DAY;

async function currentEvidence(signOff: AdultsSignOff, kind: AdultsEvidenceKind, { loaders }: AdultsContext) {
  const evidence = await loaders.evidenceBySignOff.load(signOff.id);
  // The sign-off owns its evidence: its state and council decide who reads what the evidence says.
  return ownedBy(evidence.find((item) => item.kind === kind && item.currentSignOffId !== null) ?? null, signOff);
}

async function missingFor(signOff: AdultsSignOff | null, loaders: AdultsContext["loaders"]) {
  if (!signOff) return stillMissing({ signOff: null, peerChallenge: null, evidence: [] });
  const [peerChallenge, evidence] = await Promise.all([
    loaders.peerChallengeBySignOff.load(signOff.id),
    loaders.evidenceBySignOff.load(signOff.id),
  ]);
  return stillMissing({ signOff, peerChallenge, evidence: evidence.filter((item) => item.currentSignOffId !== null) });
}

export const signOffResolvers = [CouncilSignOffResolver, AdultsSignOffResolver, AdultsRecognitionResolver] as const;
