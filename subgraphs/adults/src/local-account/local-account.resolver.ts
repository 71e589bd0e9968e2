import { applyMove, isoDate, Provenance, Public, Published } from "@sli/shared";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { type EntityManager, IsNull, Not } from "typeorm";
import type { AdultsContext } from "../context";
import { Council } from "../council/council.entity";
import { assertText, findUpperTierCouncil, optionalText } from "../council/council.rules";
import { LocalAccount, LocalAccountPriority } from "./local-account.entity";
import { LocalAccountStatus } from "./local-account.enums";
import {
  CorrectLocalAccountInput,
  CreateLocalAccountInput,
  type LocalAccountPriorityInput,
  PublishLocalAccountInput,
  UpdateLocalAccountDraftInput,
} from "./local-account.inputs";
import {
  assertCorrectable,
  assertMayWriteLocalAccount,
  LOCAL_ACCOUNT_WRITERS,
  mayReadLocalAccount,
  assertEditable,
  assertFirstLocalAccountOfYear,
  assertLocalAccountYear,
  assertPublishable,
  cleanPriorities,
  findLocalAccount,
  LOCAL_ACCOUNT_LIFECYCLE,
  localAccountSubject,
  localAccountViolation,
} from "./local-account.rules";
import { LOCAL_ACCOUNT_PUBLISHED, LOCAL_ACCOUNT_READERS } from "../confidentiality";

async function insertPriorities(manager: EntityManager, accountId: number, priorities: LocalAccountPriorityInput[], provenance: Provenance) {
  if (!priorities.length) return;
  await manager.insert(
    LocalAccountPriority,
    priorities.map((item, index) => ({ localAccountId: accountId, position: index + 1, ...item, provenance })),
  );
}

@Resolver(() => Council)
export class CouncilLocalAccountsResolver {
  @Public()
  @FieldResolver(() => [LocalAccount], {
    description:
      "The council's local accounts, one per year (the current version: a correction rather than what it superseded). Empty for a shire district.",
  })
  async localAccounts(
    @Root() council: Council,
    @Ctx() { loaders, viewer }: AdultsContext,
    @Info() info: GraphQLResolveInfo,
    @Arg("includeSuperseded", { defaultValue: false, description: "Also list the published versions that corrections superseded." })
    includeSuperseded: boolean,
  ): Promise<LocalAccount[]> {
    if (!council.upperTier) return [];
    const accounts = (await loaders.localAccountsByCouncil.asked(info).load(council.code)).filter((account) => mayReadLocalAccount(viewer, account));
    return includeSuperseded ? accounts : accounts.filter((account) => account.status !== LocalAccountStatus.SUPERSEDED);
  }
}

@Resolver(() => LocalAccount)
export class LocalAccountResolver {
  @Public()
  @Query(() => LocalAccount, { nullable: true, description: "One local account (any version) by id; a draft only for those who may write it." })
  async localAccount(@Arg("id", () => ID, { description: "The local account's id." }) id: string, @Ctx() { loaders, viewer }: AdultsContext) {
    const numeric = Number(id);
    const account = Number.isInteger(numeric) ? await loaders.localAccountById.load(numeric) : null;
    return account && mayReadLocalAccount(viewer, account) ? account : null;
  }

  @Public()
  @Query(() => [LocalAccount], { description: "Every council's current local account for one year, by council code." })
  async localAccountsForYear(
    @Arg("year", () => Int, { description: "The year the accounts report on." }) year: number,
    @Ctx() { dataSource, viewer }: AdultsContext,
  ): Promise<LocalAccount[]> {
    const accounts = await dataSource
      .getRepository(LocalAccount)
      .find({ where: { year, currentCouncilCode: Not(IsNull()) }, order: { councilCode: "ASC" } });
    return accounts.filter((account) => mayReadLocalAccount(viewer, account));
  }

  @Public()
  @FieldResolver(() => Council, { description: "The council whose local account it is." })
  async council(@Root() account: LocalAccount, @Ctx() { loaders }: AdultsContext): Promise<Council> {
    return (await loaders.councilByCode.load(account.councilCode))!;
  }

  @Published(LOCAL_ACCOUNT_PUBLISHED, LOCAL_ACCOUNT_READERS, { checkedBy: "resolver" })
  @FieldResolver(() => [LocalAccountPriority], { description: "Its priorities for quality and outcomes, in order, each with the progress made." })
  priorities(@Root() account: LocalAccount, @Ctx() { loaders }: AdultsContext): Promise<LocalAccountPriority[]> {
    return loaders.prioritiesByLocalAccount.load(account.id);
  }

  @Public()
  @FieldResolver(() => Boolean, { description: "Whether this is the council's current account for the year (not superseded)." })
  current(@Root() account: LocalAccount): boolean {
    return account.status !== LocalAccountStatus.SUPERSEDED;
  }

  @Public()
  @FieldResolver(() => LocalAccount, { nullable: true, description: "For a correction: the published version it superseded, kept as it was." })
  supersedes(@Root() account: LocalAccount, @Ctx() { loaders }: AdultsContext): Promise<LocalAccount | null> | null {
    return account.supersedesId === null ? null : loaders.localAccountById.load(account.supersedesId);
  }

  @Public()
  @FieldResolver(() => LocalAccount, { nullable: true, description: "For a superseded version: the correction that replaced it." })
  supersededBy(@Root() account: LocalAccount, @Ctx() { loaders }: AdultsContext): Promise<LocalAccount | null> | null {
    return account.status === LocalAccountStatus.SUPERSEDED ? loaders.localAccountBySupersedes.load(account.id) : null;
  }

  @Authorized(...LOCAL_ACCOUNT_WRITERS)
  @Mutation(() => LocalAccount, {
    description: "Starts a council's local account for a year as a DRAFT. One per council per year; upper-tier councils only.",
  })
  createLocalAccount(@Arg("input", { description: "The draft." }) input: CreateLocalAccountInput, @Ctx() ctx: AdultsContext) {
    const year = assertLocalAccountYear(input.year);
    const engagement = optionalText(input.engagement, "engagement", 2000) ?? null;
    const link = optionalText(input.link, "link", 500) ?? null;
    const priorities = cleanPriorities(input.priorities ?? []);
    return ctx.transaction(
      async (manager) => {
        const council = await findUpperTierCouncil(manager, input.council);
        assertMayWriteLocalAccount(ctx.viewer, council.code);
        assertFirstLocalAccountOfYear(council.code, year, await manager.existsBy(LocalAccount, { currentCouncilCode: council.code, year }));
        const { identifiers } = await manager.insert(LocalAccount, {
          councilCode: council.code,
          year,
          status: LocalAccountStatus.DRAFT,
          currentCouncilCode: council.code,
          publishedOn: null,
          link,
          engagement,
          supersedesId: null,
          correctionReason: null,
          provenance: Provenance.RECORDED,
        });
        const id = Number(identifiers[0].id);
        await insertPriorities(manager, id, priorities, Provenance.RECORDED);
        return manager.findOneByOrFail(LocalAccount, { id });
      },
      { onViolation: localAccountViolation(input.council, year) },
    );
  }

  @Authorized(...LOCAL_ACCOUNT_WRITERS)
  @Mutation(() => LocalAccount, { description: "Edits a DRAFT local account; a published one is refused (CONFLICT): correct it instead." })
  updateLocalAccountDraft(
    @Arg("input", { description: "The draft and what changes." }) input: UpdateLocalAccountDraftInput,
    @Ctx() ctx: AdultsContext,
  ) {
    const { id } = input;
    const engagement = optionalText(input.engagement, "engagement", 2000);
    const link = optionalText(input.link, "link", 500);
    const priorities = input.priorities ? cleanPriorities(input.priorities) : undefined;
    return ctx.transaction(async (manager) => {
      const account = await findLocalAccount(manager, id);
      assertMayWriteLocalAccount(ctx.viewer, account.councilCode);
      assertEditable(account);
      const { affected } = await manager
        .createQueryBuilder()
        .update(LocalAccount)
        .set({ engagement: engagement === undefined ? account.engagement : engagement, link: link === undefined ? account.link : link })
        .where("id = :id AND status = :draft", { id: account.id, draft: LocalAccountStatus.DRAFT })
        .execute();
      if (!affected) assertEditable(await findLocalAccount(manager, id));
      if (priorities) {
        await manager.delete(LocalAccountPriority, { localAccountId: account.id });
        await insertPriorities(manager, account.id, priorities, Provenance.RECORDED);
      }
      return manager.findOneByOrFail(LocalAccount, { id: account.id });
    });
  }

  @Authorized(...LOCAL_ACCOUNT_WRITERS)
  @Mutation(() => LocalAccount, {
    description: "Publishes a DRAFT local account (CONFLICT listing what is missing: link, engagement, a priority).",
  })
  publishLocalAccount(@Arg("input", { description: "The draft and when it was published." }) input: PublishLocalAccountInput, @Ctx() ctx: AdultsContext) {
    const { id, publishedOn, link } = input;
    isoDate(publishedOn, "publishedOn");
    const newLink = optionalText(link, "link", 500);
    return ctx.transaction(async (manager) => {
      const account = await findLocalAccount(manager, id);
      assertMayWriteLocalAccount(ctx.viewer, account.councilCode);
      const finalLink = newLink ?? account.link;
      assertPublishable(account, finalLink, await manager.countBy(LocalAccountPriority, { localAccountId: account.id }));
      await applyMove(manager, LocalAccount, LOCAL_ACCOUNT_LIFECYCLE, account, LocalAccountStatus.PUBLISHED, { publishedOn, link: finalLink }, {
        subject: localAccountSubject(account),
      });
      return manager.findOneByOrFail(LocalAccount, { id: account.id });
    });
  }

  @Authorized(...LOCAL_ACCOUNT_WRITERS)
  @Mutation(() => LocalAccount, {
    description:
      "Corrects a PUBLISHED local account: the correction becomes the current account for the year, and the original is kept, SUPERSEDED, unchanged.",
  })
  correctLocalAccount(
    @Arg("input", { description: "The published account and its correction." }) correction: CorrectLocalAccountInput,
    @Ctx() ctx: AdultsContext,
  ) {
    const { id } = correction;
    const reason = assertText(correction.reason, "reason", 1000);
    isoDate(correction.publishedOn, "publishedOn");
    const link = optionalText(correction.link, "link", 500);
    const engagement = optionalText(correction.engagement, "engagement", 2000);
    const priorities = correction.priorities ? cleanPriorities(correction.priorities) : undefined;
    let original: LocalAccount | undefined;
    return ctx.transaction(
      async (manager) => {
        original = await findLocalAccount(manager, id);
        assertMayWriteLocalAccount(ctx.viewer, original.councilCode);
        assertCorrectable(original, correction.publishedOn);
        await applyMove(manager, LocalAccount, LOCAL_ACCOUNT_LIFECYCLE, original, LocalAccountStatus.SUPERSEDED, { currentCouncilCode: null }, {
          subject: localAccountSubject(original),
        });
        const { identifiers } = await manager.insert(LocalAccount, {
          councilCode: original.councilCode,
          year: original.year,
          status: LocalAccountStatus.PUBLISHED,
          currentCouncilCode: original.councilCode,
          publishedOn: correction.publishedOn,
          link: link ?? original.link,
          engagement: engagement ?? original.engagement,
          supersedesId: original.id,
          correctionReason: reason,
          provenance: Provenance.RECORDED,
        });
        const newId = Number(identifiers[0].id);
        const kept = priorities ?? (await manager.find(LocalAccountPriority, { where: { localAccountId: original.id }, order: { position: "ASC" } }));
        await insertPriorities(
          manager,
          newId,
          kept.map(({ priority, progress }) => ({ priority, progress })),
          Provenance.RECORDED,
        );
        return manager.findOneByOrFail(LocalAccount, { id: newId });
      },
      { onViolation: (violation) => localAccountViolation(original?.councilCode ?? "", original?.year ?? 0)(violation) },
    );
  }
}

export const localAccountResolvers = [CouncilLocalAccountsResolver, LocalAccountResolver] as const;
