import { applyMove, assertMove, assertRegionCode, isoDate, Provenance, Public, requiredText, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { IsNull, Not } from "typeorm";
import { findOrNotFound } from "../common/find";
import type { ChildrenContext } from "../context";
import { Council } from "../council/council.entity";
import { requireChildrensServicesCouncil } from "../council/council.rules";
import { ChildrensPerson } from "../person/childrens-person.entity";
import { recordChildrensPerson } from "../person/childrens-person.rules";
import { Region } from "../region/region.type";
import {
  ChildrensPeerChallenge,
  DCS_DAYS_AGREED,
  NationalPeerChallengeCoverage,
  PeerChallengeCoverage,
  PeerChallengeModel,
  PeerChallengeTeamMember,
  PeerChallengeTeamMembership,
} from "./childrens-peer-challenge.entity";
import { ChildrensPeerChallengeStatus as Status } from "./childrens-peer-challenge.enums";
import {
  CancelChildrensPeerChallengeInput,
  CompleteChildrensPeerChallengeInput,
  PlanChildrensPeerChallengeInput,
  RecordChildrensPeerChallengeModelInput,
  ScheduleChildrensPeerChallengeInput,
  StartChildrensPeerChallengeVisitInput,
} from "./childrens-peer-challenge.inputs";
import {
  modelNameTaken,
  oneLivePeerChallenge,
  PEER_CHALLENGE_LIFECYCLE,
  peerChallengeCoverage,
  requireDcsDaysGiven,
  requireModelOfCouncilsRegion,
  requireVisitDates,
} from "./childrens-peer-challenge.rules";

const THING = "children's services peer challenge";

@Resolver(() => Council)
export class CouncilChildrensPeerChallengesResolver {
  @Public()
  @FieldResolver(() => [ChildrensPeerChallenge], {
    description: "The council's children's services peer challenges, oldest first (empty for a shire district).",
  })
  async childrensPeerChallenges(@Root() council: Council, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensPeerChallenge[]> {
    if (!council.upperTier) return [];
    return loaders.peerChallengesByCouncil.load(council.code);
  }
}

@Resolver(() => Region)
export class RegionPeerChallengeResolver {
  @Public()
  @FieldResolver(() => [PeerChallengeModel], { description: "The models of peer challenge the region's councils have developed." })
  childrensPeerChallengeModels(@Root() region: Region, @Ctx() { loaders }: ChildrenContext): Promise<PeerChallengeModel[]> {
    return loaders.peerChallengeModelsByRegion.load(region.code);
  }

  @Public()
  @FieldResolver(() => PeerChallengeCoverage, {
    description: "How many of the region's upper-tier councils are engaged in children's services peer challenge, against all by 31 December 2012.",
  })
  async childrensPeerChallengeCoverage(@Root() region: Region, @Ctx() { loaders }: ChildrenContext): Promise<PeerChallengeCoverage> {
    const upperTier = (await loaders.councilsByRegion.load(region.code)).filter((council) => council.upperTier).map((council) => council.code);
    const challenges = (await loaders.peerChallengesByCouncil.loadMany(upperTier)).flatMap((list) => (Array.isArray(list) ? list : []));
    return peerChallengeCoverage(upperTier, liveStatuses(challenges));
  }
}

function liveStatuses(challenges: readonly ChildrensPeerChallenge[]): Map<string, Status> {
  return new Map(challenges.filter((c) => c.liveCouncilCode !== null).map((c) => [c.councilCode, c.status]));
}

@Resolver(() => ChildrensPeerChallenge)
export class ChildrensPeerChallengeResolver {
  @Public()
  @FieldResolver(() => Council, { description: "The council challenged." })
  async council(@Root() challenge: ChildrensPeerChallenge, @Ctx() { loaders }: ChildrenContext): Promise<Council> {
    return (await loaders.councilByCode.load(challenge.councilCode))!;
  }

  @Public()
  @FieldResolver(() => PeerChallengeModel, { description: "The regional model used." })
  async model(@Root() challenge: ChildrensPeerChallenge, @Ctx() { loaders }: ChildrenContext): Promise<PeerChallengeModel> {
    return (await loaders.peerChallengeModelById.load(challenge.modelId))!;
  }

  @Public()
  @FieldResolver(() => ChildrensPerson, { nullable: true, description: "The lead peer." })
  leadPeer(@Root() challenge: ChildrensPeerChallenge, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensPerson | null> | null {
    return challenge.leadPeerId === null ? null : loaders.childrensPersonById.load(challenge.leadPeerId);
  }

  @Public()
  @FieldResolver(() => [PeerChallengeTeamMember], { description: "The rest of the peer team." })
  team(@Root() challenge: ChildrensPeerChallenge, @Ctx() { loaders }: ChildrenContext): Promise<PeerChallengeTeamMembership[]> {
    return loaders.peerChallengeTeamByChallenge.load(challenge.id);
  }

  @Public()
  @FieldResolver(() => Int, { description: "Days of DCS time councils agreed to give to each peer challenge: five." })
  dcsDaysAgreed(): number {
    return DCS_DAYS_AGREED;
  }

  @Public()
  @Query(() => NationalPeerChallengeCoverage, {
    description: "Children's services peer challenge coverage of the upper-tier councils, for England and per region, against all by 31 December 2012.",
  })
  async childrensPeerChallengeCoverage(@Ctx() { dataSource }: ChildrenContext): Promise<NationalPeerChallengeCoverage> {
    const councils = await dataSource.getRepository(Council).find({ where: { upperTier: true }, order: { code: "ASC" } });
    const live = liveStatuses(await dataSource.getRepository(ChildrensPeerChallenge).findBy({ liveCouncilCode: Not(IsNull()) }));
    const regionCodes = [...new Set(councils.map((council) => council.regionCode))].sort();
    return {
      england: peerChallengeCoverage(councils.map((council) => council.code), live),
      regions: regionCodes.map((regionCode) => ({
        regionCode,
        ...peerChallengeCoverage(councils.filter((council) => council.regionCode === regionCode).map((council) => council.code), live),
      })),
    };
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => PeerChallengeModel, { description: "Records a region's model of children's services peer challenge." })
  recordChildrensPeerChallengeModel(
    @Arg("input", () => RecordChildrensPeerChallengeModelInput, { description: "The model." }) input: RecordChildrensPeerChallengeModelInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<PeerChallengeModel> {
    const regionCode = assertRegionCode(input.region, "region");
    const name = requiredText(input.name, "name");
    const taken = () => modelNameTaken(regionCode, name);
    return ctx.transaction(
      async (manager) => {
        if (await manager.existsBy(PeerChallengeModel, { regionCode, name })) throw taken();
        return manager.save(
          manager.create(PeerChallengeModel, { regionCode, name, description: input.description?.trim() || null, provenance: Provenance.RECORDED }),
        );
      },
      { onViolation: (violation) => (violation.kind === "unique" ? taken() : undefined) },
    );
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensPeerChallenge, {
    description: "Plans a peer challenge for a council under its region's model, with the lead peer and team; one live peer challenge per council.",
  })
  planChildrensPeerChallenge(
    @Arg("input", () => PlanChildrensPeerChallengeInput, { description: "The peer challenge." }) input: PlanChildrensPeerChallengeInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensPeerChallenge> {
    const alreadyLive = () => oneLivePeerChallenge(input.council);
    return ctx.transaction(
      async (manager) => {
        const council = await requireChildrensServicesCouncil(manager, input.council);
        const model = await findOrNotFound(manager, PeerChallengeModel, "peer challenge model", input.model);
        requireModelOfCouncilsRegion(council.code, council.regionCode, model.regionCode);
        if (await manager.existsBy(ChildrensPeerChallenge, { liveCouncilCode: council.code })) throw alreadyLive();
        const lead = input.leadPeer ? await recordChildrensPerson(manager, input.leadPeer, "leadPeer") : null;
        const challenge = await manager.save(
          manager.create(ChildrensPeerChallenge, {
            councilCode: council.code,
            liveCouncilCode: council.code,
            modelId: model.id,
            leadPeerId: lead?.id ?? null,
            status: Status.PLANNED,
            startsOn: null,
            endsOn: null,
            dcsDaysGiven: null,
            provenance: Provenance.RECORDED,
          }),
        );
        for (const member of input.team) {
          const person = await recordChildrensPerson(manager, member.person, "team.person");
          await manager.insert(PeerChallengeTeamMembership, { challengeId: challenge.id, personId: person.id, role: member.role?.trim() || null });
        }
        return challenge;
      },
      { onViolation: (violation) => (violation.kind === "unique" ? alreadyLive() : undefined) },
    );
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensPeerChallenge, { description: "Schedules a planned peer challenge: the dates its peer team will be on site." })
  scheduleChildrensPeerChallenge(
    @Arg("input", () => ScheduleChildrensPeerChallengeInput, { description: "The peer challenge and its dates." }) input: ScheduleChildrensPeerChallengeInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensPeerChallenge> {
    const startsOn = isoDate(input.startsOn, "startsOn");
    const endsOn = isoDate(input.endsOn, "endsOn");
    requireVisitDates(startsOn, endsOn);
    return movePeerChallenge(ctx, input.id, Status.SCHEDULED, { startsOn, endsOn });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensPeerChallenge, { description: "Records that a scheduled peer challenge's team is on site." })
  startChildrensPeerChallengeVisit(
    @Arg("input", () => StartChildrensPeerChallengeVisitInput, { description: "The peer challenge." }) input: StartChildrensPeerChallengeVisitInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensPeerChallenge> {
    return movePeerChallenge(ctx, input.id, Status.ON_SITE, {});
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensPeerChallenge, { description: "Completes a peer challenge that has been on site, with the days of DCS time given." })
  completeChildrensPeerChallenge(
    @Arg("input", () => CompleteChildrensPeerChallengeInput, { description: "The peer challenge and the DCS days given." }) input: CompleteChildrensPeerChallengeInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensPeerChallenge> {
    return movePeerChallenge(ctx, input.id, Status.COMPLETED, { dcsDaysGiven: requireDcsDaysGiven(input.dcsDaysGiven) });
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => ChildrensPeerChallenge, { description: "Cancels a peer challenge before it completes; the council may then plan another." })
  cancelChildrensPeerChallenge(
    @Arg("input", () => CancelChildrensPeerChallengeInput, { description: "The peer challenge." }) input: CancelChildrensPeerChallengeInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<ChildrensPeerChallenge> {
    return movePeerChallenge(ctx, input.id, Status.CANCELLED, { liveCouncilCode: null });
  }
}

/** One move along the peer challenge lifecycle (the toolkit's applyMove: CONFLICT with { current, requested, allowed }). */
function movePeerChallenge(ctx: ChildrenContext, id: string, to: Status, changes: Partial<ChildrensPeerChallenge>): Promise<ChildrensPeerChallenge> {
  return ctx.transaction(async (manager) => {
    const challenge = await findOrNotFound(manager, ChildrensPeerChallenge, THING, id);
    const subject = `${THING} ${challenge.id}`;
    assertMove(PEER_CHALLENGE_LIFECYCLE, challenge.status, to, { subject });
    return applyMove(manager, ChildrensPeerChallenge, PEER_CHALLENGE_LIFECYCLE, challenge, to, changes, { subject });
  });
}

@Resolver(() => PeerChallengeTeamMember)
export class PeerChallengeTeamMemberResolver {
  @Public()
  @FieldResolver(() => ChildrensPerson, { description: "The peer." })
  async person(@Root() member: PeerChallengeTeamMember, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensPerson> {
    return (await loaders.childrensPersonById.load(member.personId))!;
  }
}

export const peerChallengeResolvers = [CouncilChildrensPeerChallengesResolver, RegionPeerChallengeResolver, ChildrensPeerChallengeResolver, PeerChallengeTeamMemberResolver] as const;
