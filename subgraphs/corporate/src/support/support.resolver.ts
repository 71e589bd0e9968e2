import { Public, requiredText, Restricted } from "@sli/shared";
import { Arg, Authorized, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Region } from "../region/region.entity";
import { SupportInPlace, SupportRecord } from "./support.entity";
import { SupportStatus } from "./support.enums";
import {
  AgreeSupportInput,
  CompleteSupportInput,
  DeclineSupportInput,
  OfferSupportInput,
  RequestSupportInput,
  StartSupportInput,
} from "./support.inputs";
import { moveSupport, openSupport } from "./support.loaders";
import {
  assertMayProvideSupport,
  assertMayRequestSupport,
  countSupport,
  stepDate,
  SUPPORT_IN_PLACE_READERS,
  SUPPORT_READERS,
  SUPPORT_RECORD_READERS,
} from "./support.rules";

/** Counts (public) and records (the readers') of some councils' support. */
const inPlace = (records: SupportRecord[], councilCodes: string[], regionCode: string | null): SupportInPlace =>
  Object.assign(new SupportInPlace(), { councilCodes, regionCode, records, ...countSupport(records) });

@Resolver(() => Council)
export class CouncilSupportResolver {
  @Restricted(SUPPORT_READERS)
  @Directive("@authenticated")
  @FieldResolver(() => [SupportRecord], {
    nullable: true,
    description:
      "The support in place for the council from the three boards, asked for or offered, oldest first (not tied to a concern). " +
      "Its detail is confidential; supportInPlace counts it for anyone. One statement for any number of councils.",
  })
  support(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<SupportRecord[]> {
    return loaders.supportByCouncil.load(council.code);
  }

  @Public()
  @FieldResolver(() => SupportInPlace, { description: "The council's support counted by status and board (public); the records for their readers." })
  async supportInPlace(@Root() council: Council, @Ctx() { loaders }: CorporateContext): Promise<SupportInPlace> {
    return inPlace(await loaders.supportByCouncil.load(council.code), [council.code], null);
  }
}

@Resolver(() => Region)
export class RegionSupportResolver {
  @Public()
  @FieldResolver(() => SupportInPlace, {
    description: "The support of the region's councils counted by status and board (public); the records for their readers. One statement for any number of regions.",
  })
  async supportInPlace(@Root() region: Region, @Ctx() { loaders }: CorporateContext): Promise<SupportInPlace> {
    const records = await loaders.supportByRegion.load(region.code);
    return inPlace(records, [...new Set(records.map((record) => record.councilCode))], region.code);
  }
}

@Resolver(() => SupportInPlace)
export class SupportInPlaceResolver {
  @Restricted(SUPPORT_IN_PLACE_READERS)
  @Directive("@authenticated")
  @FieldResolver(() => [SupportRecord], { nullable: true, description: "The support records counted, oldest first." })
  records(@Root() counted: SupportInPlace): SupportRecord[] {
    return counted.records;
  }
}

@Resolver(() => SupportRecord)
export class SupportRecordResolver {
  @Restricted(SUPPORT_RECORD_READERS, { checkedBy: "parent" })
  @FieldResolver(() => Council, { description: "The council supported." })
  async council(@Root() record: SupportRecord, @Ctx() { loaders }: CorporateContext): Promise<Council> {
    return (await loaders.councilByCode.load(record.councilCode))!;
  }

  @Authorized("COUNCIL_OFFICER")
  @Mutation(() => SupportRecord, {
    description: "A council asks for support (status REQUESTED): only its own officers (COUNCIL_OFFICER holding its code), for their own council.",
  })
  requestSupport(@Arg("input", () => RequestSupportInput, { description: "The council's request." }) input: RequestSupportInput, @Ctx() ctx: CorporateContext): Promise<SupportRecord> {
    assertMayRequestSupport(ctx.viewer, input.council);
    const on = stepDate(input.requestedOn, "input.requestedOn");
    return openSupport(ctx, input.council, { board: input.board, kind: input.kind, need: requiredText(input.need, "input.need"), status: SupportStatus.REQUESTED, on });
  }

  @Authorized()
  @Mutation(() => SupportRecord, {
    description:
      "A board offers a council support (status OFFERED): the LGA central team, the principal adviser for the council's region, " +
      "or the board's own officers (CIB for children's, TEASC for adult social care).",
  })
  offerSupport(@Arg("input", () => OfferSupportInput, { description: "The offer." }) input: OfferSupportInput, @Ctx() ctx: CorporateContext): Promise<SupportRecord> {
    assertMayProvideSupport(ctx.viewer, input.council, input.board);
    const on = stepDate(input.offeredOn, "input.offeredOn");
    return openSupport(ctx, input.council, { board: input.board, kind: input.kind, need: requiredText(input.need, "input.need"), status: SupportStatus.OFFERED, on });
  }

  @Authorized()
  @Mutation(() => SupportRecord, {
    description:
      "Agrees support (REQUESTED or OFFERED → AGREED): the providers; an offer also by the council's own officers. " +
      "CONFLICT with { current, requested, allowed } otherwise.",
  })
  agreeSupport(@Arg("input", () => AgreeSupportInput, { description: "The support agreed." }) input: AgreeSupportInput, @Ctx() ctx: CorporateContext): Promise<SupportRecord> {
    return moveSupport(ctx, input.id, SupportStatus.AGREED, stepDate(input.agreedOn, "input.agreedOn"), "input.agreedOn");
  }

  @Authorized()
  @Mutation(() => SupportRecord, { description: "Starts agreed support (AGREED → IN_PROGRESS). CONFLICT with { current, requested, allowed } otherwise." })
  startSupport(@Arg("input", () => StartSupportInput, { description: "The support begun." }) input: StartSupportInput, @Ctx() ctx: CorporateContext): Promise<SupportRecord> {
    return moveSupport(ctx, input.id, SupportStatus.IN_PROGRESS, stepDate(input.startedOn, "input.startedOn"), "input.startedOn");
  }

  @Authorized()
  @Mutation(() => SupportRecord, { description: "Completes support under way (IN_PROGRESS → COMPLETED, final). CONFLICT with { current, requested, allowed } otherwise." })
  completeSupport(@Arg("input", () => CompleteSupportInput, { description: "The support completed." }) input: CompleteSupportInput, @Ctx() ctx: CorporateContext): Promise<SupportRecord> {
    return moveSupport(ctx, input.id, SupportStatus.COMPLETED, stepDate(input.completedOn, "input.completedOn"), "input.completedOn");
  }

  @Authorized()
  @Mutation(() => SupportRecord, {
    description:
      "Declines support not yet agreed (REQUESTED or OFFERED → DECLINED, final), with the reason: the providers; an offer also by the " +
      "council's own officers. CONFLICT with { current, requested, allowed } otherwise.",
  })
  declineSupport(@Arg("input", () => DeclineSupportInput, { description: "The support declined, and why." }) input: DeclineSupportInput, @Ctx() ctx: CorporateContext): Promise<SupportRecord> {
    const reason = requiredText(input.reason, "input.reason");
    return moveSupport(ctx, input.id, SupportStatus.DECLINED, stepDate(input.declinedOn, "input.declinedOn"), "input.declinedOn", { declineReason: reason });
  }
}

/** The support area's resolvers, assembled in schema.ts. */
export const supportResolvers = [CouncilSupportResolver, RegionSupportResolver, SupportInPlaceResolver, SupportRecordResolver] as const;
