import {
  applyMove,
  assertCouncilCode,
  assertRegionCode,
  badUserInput,
  type Connection,
  connectionType,
  isRecordId,
  notFound,
  pagesLoader,
  Provenance,
  Public,
  Published,
  requiredText,
  todayIso,
} from "@sli/shared";
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import type { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";
import { GoodPractice } from "./good-practice.entity";
import { GoodPracticeSourceKind, GoodPracticeStatus } from "./good-practice.enums";
import { CouncilGoodPracticeArgs, GoodPracticeArgs, PublishLearningInput, SEARCH_MAX_LENGTH, ShareLearningInput } from "./good-practice.inputs";
import { goodPracticeOrNotFound, readCouncilPages, readGoodPracticePage } from "./good-practice.loaders";
import {
  assertMayPublish,
  assertMayShare,
  assertSourceOfBoard,
  draftSight,
  GOOD_PRACTICE_DRAFT_READERS,
  GOOD_PRACTICE_LIFECYCLE,
  GOOD_PRACTICE_PUBLISHED,
  mayReadGoodPractice,
  searchTerms,
  searchText,
  SOURCE_TYPES,
} from "./good-practice.rules";
import { GoodPracticeSource, type SourceReference } from "./good-practice.source";

/** A page of the library: public, as the list is (drafts are left out of it for anyone their rule does not name). */
const GoodPracticeConnection = connectionType(GoodPractice, null);

@Resolver(() => GoodPractice)
export class GoodPracticeResolver {
  @Public("Drafts are left out for anyone but their readers (the board that shared them, the council, its principal adviser, the LGA).")
  @Query(() => GoodPracticeConnection, {
    description:
      "The good practice library (run by the LGA): learning the three boards share from their records, searched with the database's own " +
      "full-text index and ranked, a page at a time. One statement per page, whatever its size.",
  })
  async goodPractice(@Args() args: GoodPracticeArgs, @Ctx() ctx: CorporateContext): Promise<Connection<GoodPractice>> {
    if (args.region != null) assertRegionCode(args.region, "region");
    if (args.search != null && args.search.length > SEARCH_MAX_LENGTH) {
      throw badUserInput(`search must be at most ${SEARCH_MAX_LENGTH} characters`, { argument: "search", maxLength: SEARCH_MAX_LENGTH, unit: "characters" });
    }
    const terms = args.search != null && args.search.trim() !== "" ? searchTerms(args.search) : [];
    return readGoodPracticePage(
      ctx.dataSource,
      { terms, theme: args.theme, board: args.board, region: args.region, sight: draftSight(ctx.viewer) },
      { first: args.first, after: args.after },
    );
  }

  @Published(GOOD_PRACTICE_PUBLISHED, GOOD_PRACTICE_DRAFT_READERS, { checkedBy: "resolver" })
  @FieldResolver(() => Council, { nullable: true, description: "The council whose work it is; null for learning the seed document states about a programme as a whole." })
  async council(@Root() item: GoodPractice, @Ctx() ctx: CorporateContext): Promise<Council | null> {
    return item.councilCode ? ctx.loaders.councilByCode.load(item.councilCode) : null;
  }

  @Published(GOOD_PRACTICE_PUBLISHED, GOOD_PRACTICE_DRAFT_READERS, { checkedBy: "resolver" })
  @FieldResolver(() => GoodPracticeSource, {
    nullable: true,
    description:
      "The record it comes from, answered by the board that owns it (through the gateway, in the same query). Null where the item rests " +
      "on a published statement rather than one record (see citation), or where the owning board does not hold the record.",
  })
  async source(@Root() item: GoodPractice, @Ctx() ctx: CorporateContext): Promise<CorporatePeerChallenge | SourceReference | null> {
    if (item.sourceKind == null || item.sourceId == null) return null;
    if (item.sourceKind === GoodPracticeSourceKind.CORPORATE_PEER_CHALLENGE) return ctx.loaders.goodPracticeCorporateSources.load(item.sourceId);
    return { __typename: SOURCE_TYPES[item.sourceKind], id: String(item.sourceId) };
  }

  @Mutation(() => GoodPractice, {
    description:
      "Shares learning from one of the board's own records as a draft item of the library: the LGA's writers from corporate peer " +
      "challenges, the CIB's from children's peer challenges and safeguarding peer reviews, TEASC's from sign-offs and local accounts.",
  })
  @Authorized()
  async shareLearning(
    @Arg("input", () => ShareLearningInput, { description: "The learning, its council, board, theme and source." }) input: ShareLearningInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<GoodPractice> {
    assertMayShare(ctx.viewer, input.board);
    assertSourceOfBoard(input.board, input.source.kind);
    assertCouncilCode(input.council, "input.council");
    if (!isRecordId(input.source.id)) throw badUserInput("input.source.id must be a record's id (digits)", { argument: "input.source.id" });
    const title = requiredText(input.title, "input.title");
    const summary = requiredText(input.summary, "input.summary");
    const council = await ctx.loaders.councilByCode.load(input.council);
    if (!council) throw notFound(`No council has the code ${input.council}`, { argument: "input.council" });
    const sourceId = Number(input.source.id);
    if (input.source.kind === GoodPracticeSourceKind.CORPORATE_PEER_CHALLENGE) {
      // This board's own record: it must exist and be the council's. Another board's is resolved (or not) by that board.
      const challenge = await ctx.loaders.goodPracticeCorporateSources.load(sourceId);
      if (!challenge || challenge.councilCode !== council.code) {
        throw notFound(`No corporate peer challenge of ${council.code} has the id ${input.source.id}`, { argument: "input.source.id" });
      }
    }
    return ctx.transaction((manager) =>
      manager.save(
        Object.assign(new GoodPractice(), {
          councilCode: council.code,
          board: input.board,
          theme: input.theme,
          status: GoodPracticeStatus.DRAFT,
          title,
          summary,
          sourceKind: input.source.kind,
          sourceId,
          citation: null,
          sharedOn: todayIso(),
          publishedOn: null,
          provenance: Provenance.RECORDED,
          searchTitle: searchText(title),
          searchSummary: searchText(summary),
        }),
      ),
    );
  }

  @Mutation(() => GoodPractice, { description: "Publishes a draft item in the library (DRAFT → PUBLISHED): the board that shared it, or the LGA central team." })
  @Authorized()
  async publishLearning(
    @Arg("input", () => PublishLearningInput, { description: "The draft item." }) input: PublishLearningInput,
    @Ctx() ctx: CorporateContext,
  ): Promise<GoodPractice> {
    const item = await goodPracticeOrNotFound(ctx, input.id);
    // A draft the caller may not read does not exist for them.
    if (!mayReadGoodPractice(ctx.viewer, item)) throw notFound(`No good practice item has the id ${input.id}`, { argument: "input.id" });
    assertMayPublish(ctx.viewer, item);
    return ctx.transaction(async (manager) => {
      const current = await manager.findOneByOrFail(GoodPractice, { id: item.id });
      return applyMove(manager, GoodPractice, GOOD_PRACTICE_LIFECYCLE, current, GoodPracticeStatus.PUBLISHED, {
        publishedOn: todayIso(),
      }, { subject: `good practice item ${item.id}` });
    });
  }
}

@Resolver(() => Council)
export class CouncilGoodPracticeResolver {
  @Public("Drafts are left out for anyone but their readers (the board that shared them, the council, its principal adviser, the LGA).")
  @FieldResolver(() => GoodPracticeConnection, {
    description: "The good practice the boards have shared from this council's work, newest first, a page at a time. One statement for any number of councils.",
  })
  async goodPractice(@Root() council: Council, @Args() args: CouncilGoodPracticeArgs, @Ctx() ctx: CorporateContext): Promise<Connection<GoodPractice>> {
    const sight = draftSight(ctx.viewer);
    const key = `goodPractice:${args.first}:${args.after ?? ""}:${args.theme ?? ""}:${args.board ?? ""}`;
    return pagesLoader(ctx.loaders, key, (codes: readonly string[]) =>
      readCouncilPages(ctx.dataSource, codes, { theme: args.theme, board: args.board, sight }, { first: args.first, after: args.after }),
    ).load(council.code);
  }
}

export const goodPracticeResolvers = [GoodPracticeResolver, CouncilGoodPracticeResolver] as const;
