import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { LocalAccount, LocalAccountPriority } from "./local-account.entity";

/** One statement per relation, whatever the number of councils or accounts asked about. */
export function createLocalAccountLoaders(dataSource: DataSource) {
  const accounts = dataSource.getRepository(LocalAccount);
  const priorities = dataSource.getRepository(LocalAccountPriority);
  return {
    /** Every local account of each council (corrections and the originals they superseded), by year. */
    localAccountsByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        accounts.find({ where: { councilCode: In([...codes]) }, order: { year: "ASC", id: "ASC" } }),
      (account) => account.councilCode,
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
