import {
  assertCouncilCode,
  financialYear as checkFinancialYear,
  isoDate,
  ownedBy,
  Provenance,
  Public,
  WRITERS,
} from "@sli/shared";
import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { type FindOptionsWhere, In } from "typeorm";
import type { CorporateContext } from "../context";
import { councilCodesFor } from "../council/council-codes";
import { Council } from "../council/council.entity";
import { councilOfRecord } from "../council/council.loaders";
import { Region } from "../region/region.entity";
import { LeadershipPlace, MemberPeerSupport, MemberPeerSupportVisit } from "./leadership.entity";
import { LeadershipProgramme } from "./leadership.enums";
import {
  LeadershipOfferSummaryArgs,
  LeadershipPlacesArgs,
  RecordLeadershipPlaceInput,
  RecordMemberPeerSupportDaysInput,
  StartMemberPeerSupportInput,
} from "./leadership.inputs";
import { assertCouncilExists, memberPeerSupportId, memberPeerSupportOrNotFound } from "./leadership.loaders";
import {
  assertOneSubsidisedPlace,
  assertSubsidyYear,
  assertWithinFiveDays,
  fiveDaysViolation,
  MEMBER_PEER_SUPPORT_DAYS,
  NAME_MAX,
  NOTE_MAX,
  oneSubsidisedPlaceViolation,
  optionalText,
  participantNamed,
  oneSupportPerChangeViolation,
  PUBLISHED_PLACES,
} from "./leadership.rules";

@ObjectType({ description: "Places on one programme." })
export class LeadershipProgrammeCount {
  @Public()
  @Field(() => LeadershipProgramme, { description: "The programme." })
  programme!: LeadershipProgramme;

  @Public()
  @Field(() => Int, { description: "Places on it." })
  places!: number;
}

@ObjectType({ description: "Take-up of the leadership offer in one financial year, in England or one region." })
export class LeadershipOfferSummary {
  @Public()
  @Field(() => String, { description: "The financial year counted, e.g. 2011/12." })
  financialYear!: string;

  @Public()
  @Field(() => Region, { nullable: true, description: "The region counted; null for all England." })
  region!: Region | null;

  @Public()
  @Field(() => Int, { description: "Places recorded." })
  places!: number;

  @Public()
  @Field(() => Int, { description: "Distinct councils with a place." })
  councils!: number;

  @Public()
  @Field(() => Int, { description: "Subsidised places (2012/13 to 2014/15 only)." })
  subsidisedPlaces!: number;

  @Public()
  @Field(() => [LeadershipProgrammeCount], { description: "Places on each programme (zeros included)." })
  byProgramme!: LeadershipProgrammeCount[];

  @Public()
  @Field(() => Int, {
    nullable: true,
    description: "Councils the LGA published as taking up the offer that year (198 in 2011/12); null where it published none or for a region.",
  })
  publishedCouncils!: number | null;
}

@Resolver(() => Council)
export class CouncilLeadershipResolver {
  @Public()
  @FieldResolver(() => [LeadershipPlace], { description: "The council's places on the main leadership programmes, by financial year." })
  async leadershipPlaces(
    @Root() council: Council,
    @Ctx() { loaders }: CorporateContext,
    @Arg("financialYear", () => String, { nullable: true, description: "Only this financial year, e.g. 2012/13." }) financialYear?: string,
  ): Promise<LeadershipPlace[]> {
    if (financialYear != null) checkFinancialYear(financialYear, "financialYear");
    const places = await loaders.leadershipPlacesByCouncil.load(council.code);
    return financialYear == null ? places : places.filter((place) => place.financialYear === financialYear);
  }

  @Public()
  @FieldResolver(() => [MemberPeerSupport], { description: "Member peer support on each change of political control, oldest first." })
  memberPeerSupport(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<MemberPeerSupport[]> {
    return loaders.memberPeerSupportByCouncil.load(council.code);
  }
}

@Resolver(() => LeadershipPlace)
export class LeadershipPlaceResolver {
  @Public()
  @Query(() => [LeadershipPlace], { description: "Places on the main leadership programmes; filter by year, region, programme or subsidy." })
  async leadershipPlaces(@Args(() => LeadershipPlacesArgs) args: LeadershipPlacesArgs, @Ctx() ctx: CorporateContext): Promise<LeadershipPlace[]> {
    const where: FindOptionsWhere<LeadershipPlace> = {};
    if (args.financialYear != null) where.financialYear = checkFinancialYear(args.financialYear, "financialYear");
    if (args.programme != null) where.programme = args.programme;
    if (args.subsidised != null) where.subsidised = args.subsidised;
    const codes = await councilCodesFor(ctx, args.region);
    if (codes) where.councilCode = In(codes);
    return ctx.dataSource.getRepository(LeadershipPlace).find({ where, order: { financialYear: "ASC", id: "ASC" } });
  }

  @Public()
  @Query(() => LeadershipOfferSummary, { description: "Take-up of the leadership offer in a financial year, against the published figure." })
  async leadershipOfferSummary(
    @Args(() => LeadershipOfferSummaryArgs) args: LeadershipOfferSummaryArgs,
    @Ctx() ctx: CorporateContext,
  ): Promise<LeadershipOfferSummary> {
    checkFinancialYear(args.financialYear, "financialYear");
    const codes = await councilCodesFor(ctx, args.region);
    const places = await ctx.dataSource.getRepository(LeadershipPlace).find({
      select: { id: true, councilCode: true, programme: true, subsidised: true },
      where: { financialYear: args.financialYear, ...(codes ? { councilCode: In(codes) } : {}) },
    });
    return {
      financialYear: args.financialYear,
      region: args.region ? await ctx.loaders.regionByCode.load(args.region) : null,
      places: places.length,
      councils: new Set(places.map((p) => p.councilCode)).size,
      subsidisedPlaces: places.filter((p) => p.subsidised).length,
      byProgramme: Object.values(LeadershipProgramme).map((programme) => ({
        programme,
        places: places.filter((p) => p.programme === programme).length,
      })),
      publishedCouncils: !args.region && args.financialYear === PUBLISHED_PLACES.financialYear ? PUBLISHED_PLACES.councils : null,
    };
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council whose place it is." })
  async council(@Root() place: LeadershipPlace, @Ctx() ctx: CorporateContext): Promise<Council> {
    return councilOfRecord(ctx, place, "leadership place");
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => LeadershipPlace, {
    description: "Records a place on a main leadership programme. CONFLICT if the council already has its subsidised place for the year.",
  })
  recordLeadershipPlace(
    @Arg("input", () => RecordLeadershipPlaceInput, { description: "The place." }) input: RecordLeadershipPlaceInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<LeadershipPlace> {
    assertCouncilCode(input.council, "council");
    checkFinancialYear(input.financialYear, "financialYear");
    if (input.subsidised) assertSubsidyYear(input.financialYear);
    const participantName = participantNamed(input.participantName);
    const participantRole = optionalText(input.participantRole, "participantRole", NAME_MAX);
    return ctx.transaction(
      async (manager) => {
        await assertCouncilExists(manager, input.council);
        if (input.subsidised) {
          assertOneSubsidisedPlace(
            input.council,
            input.financialYear,
            await manager.findOneBy(LeadershipPlace, { councilCode: input.council, subsidisedYear: input.financialYear }),
          );
        }
        const { identifiers } = await manager.insert(LeadershipPlace, {
          councilCode: input.council,
          financialYear: input.financialYear,
          programme: input.programme,
          participantName,
          participantRole,
          subsidised: input.subsidised,
          subsidisedYear: input.subsidised ? input.financialYear : null,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(LeadershipPlace, { id: Number(identifiers[0].id) });
      },
      { onViolation: oneSubsidisedPlaceViolation(input.council, input.financialYear) },
    );
  }
}

@Resolver(() => MemberPeerSupport)
export class MemberPeerSupportResolver {
  @Public()
  @Query(() => [MemberPeerSupport], { description: "Member peer support cases, oldest change of control first; filter by region." })
  async memberPeerSupportCases(
    @Ctx() ctx: CorporateContext,
    @Arg("region", () => ID, { nullable: true, description: "Only this region's councils (ONS region code)." }) region?: string,
  ): Promise<MemberPeerSupport[]> {
    const codes = await councilCodesFor(ctx, region);
    return ctx.dataSource.getRepository(MemberPeerSupport).find({
      where: codes ? { councilCode: In(codes) } : {},
      order: { changeOfControlOn: "ASC", id: "ASC" },
    });
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council whose political control changed." })
  async council(@Root() support: MemberPeerSupport, @Ctx() ctx: CorporateContext): Promise<Council> {
    return councilOfRecord(ctx, support, "member peer support");
  }

  @Public()
  @FieldResolver(() => Int, { description: "No-cost days still available (five less the days used)." })
  daysRemaining(@Root() support: MemberPeerSupport): number {
    return MEMBER_PEER_SUPPORT_DAYS - support.daysUsed;
  }

  @Public()
  @FieldResolver(() => [MemberPeerSupportVisit], { description: "The occasions support was given, with the days each used." })
  async visits(@Root() support: MemberPeerSupport, @Ctx() { loaders }: CorporateContext): Promise<MemberPeerSupportVisit[]> {
    // The case owns its visits: its council decides who reads their notes.
    return ownedBy(await loaders.visitsByMemberPeerSupport.load(support.id), support);
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => MemberPeerSupport, {
    description: "Opens member peer support for a council's change of political control: up to five days at no cost. CONFLICT if that change already has it.",
  })
  startMemberPeerSupport(
    @Arg("input", () => StartMemberPeerSupportInput, { description: "The council and its change of control." }) input: StartMemberPeerSupportInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<MemberPeerSupport> {
    assertCouncilCode(input.council, "council");
    isoDate(input.changeOfControlOn, "changeOfControlOn");
    const controlBefore = optionalText(input.controlBefore, "controlBefore", NAME_MAX);
    const controlAfter = optionalText(input.controlAfter, "controlAfter", NAME_MAX);
    return ctx.transaction(
      async (manager) => {
        await assertCouncilExists(manager, input.council);
        const { identifiers } = await manager.insert(MemberPeerSupport, {
          councilCode: input.council,
          changeOfControlOn: input.changeOfControlOn,
          controlBefore,
          controlAfter,
          daysUsed: 0,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(MemberPeerSupport, { id: Number(identifiers[0].id) });
      },
      { onViolation: oneSupportPerChangeViolation(input.council, input.changeOfControlOn) },
    );
  }

  @Authorized(...WRITERS.corporate)
  @Mutation(() => MemberPeerSupport, {
    description: "Records days of member peer support given. CONFLICT if they would take the case past five days.",
  })
  recordMemberPeerSupportDays(
    @Arg("input", () => RecordMemberPeerSupportDaysInput, { description: "The case and the days given." }) input: RecordMemberPeerSupportDaysInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<MemberPeerSupport> {
    const id = memberPeerSupportId(input.id);
    isoDate(input.visitedOn, "visitedOn");
    const note = optionalText(input.note, "note", NOTE_MAX);
    return ctx.transaction(
      async (manager) => {
        const support = await memberPeerSupportOrNotFound(manager, id);
        assertWithinFiveDays(support, input.days);
        // Added to what is there now, not to what was read: the CHECK refuses a total past five. The update
        // comes first so that concurrent recordings queue on the case's row lock rather than deadlock.
        await manager.increment(MemberPeerSupport, { id }, "daysUsed", input.days);
        await manager.insert(MemberPeerSupportVisit, {
          supportId: id,
          visitedOn: input.visitedOn,
          days: input.days,
          note,
          provenance: Provenance.RECORDED,
        });
        return manager.findOneByOrFail(MemberPeerSupport, { id });
      },
      { onViolation: fiveDaysViolation(id, input.days) },
    );
  }
}

/** The leadership offer's resolvers, assembled in schema.ts. */
export const leadershipResolvers = [CouncilLeadershipResolver, LeadershipPlaceResolver, MemberPeerSupportResolver] as const;
