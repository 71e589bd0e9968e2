import { type ColumnNeeds, findIn, groupedLoader, keyedLoader, loaderPerSelection } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { LocalAccount, LocalAccountPriority } from "./local-account.entity";

/**
 * What reads a council's local accounts beyond the fields asked
 * (local-account.resolver.ts): the list's own rule and filter
 * (`mayReadLocalAccount`, superseded versions) and each field resolver.
 */
const LOCAL_ACCOUNT_NEEDS: ColumnNeeds<LocalAccount> = {
  always: ["status", "councilCode"],
  byField: { council: ["councilCode"], current: ["status"], supersededBy: ["status"] },
};

/** One statement per relation, whatever the number of councils or accounts asked about. */
export function createLocalAccountLoaders(dataSource: DataSource) {
  const accounts = dataSource.getRepository(LocalAccount);
  const priorities = dataSource.getRepository(LocalAccountPriority);
  return {
    /** Every local account of each council (corrections and the originals they superseded), by year. */
    localAccountsByCouncil: loaderPerSelection(accounts, LOCAL_ACCOUNT_NEEDS, (columns) =>
      groupedLoader(
        (codes: readonly string[]) => findIn(accounts, "councilCode", codes, { columns, order: [["year", "ASC"], ["id", "ASC"]] }),
        (account) => account.councilCode,
      ),
    ),
    /** Each council's accounts' years and states (early warning): one statement for any number of councils. */
    localAccountStatesByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        findIn(accounts, "councilCode", codes, { columns: ["id", "councilCode", "year", "status", "publishedOn"], order: [["year", "ASC"], ["id", "ASC"]] }),
      (account) => account.councilCode,
    ),
    /** The latest year any council has published a local account for (the one key is "england"): the current round. */
    latestPublishedLocalAccountYear: keyedLoader(
      async (): Promise<Array<{ scope: string; year: number | null }>> => {
        const row = await accounts
          .createQueryBuilder("a")
          .select("MAX(a.year)", "year")
          .where("a.status IN (:...published)", { published: ["PUBLISHED", "SUPERSEDED"] })
          .getRawOne<{ year: number | string | null }>();
        return [{ scope: "england", year: row?.year == null ? null : Number(row.year) }];
      },
      (answer) => answer.scope,
    ),
    localAccountById: keyedLoader(
      (ids: readonly number[]) => accounts.findBy({ id: In([...ids]) }),
      (account) => account.id,
    ),
    /** The correction that superseded each account. */
    localAccountBySupersedes: keyedLoader(
      (ids: readonly number[]) => accounts.findBy({ supersedesId: In([...ids]) }),
      (account) => account.supersedesId!,
    ),
    prioritiesByLocalAccount: groupedLoader(
      (ids: readonly number[]) =>
        priorities.find({ where: { localAccountId: In([...ids]) }, order: { position: "ASC" } }),
      (priority) => priority.localAccountId,
    ),
  };
}
