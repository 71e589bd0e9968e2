import { groupedLoader, keyedLoader } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import { Concern, ConcernContact, ConcernEvidence, ConcernSource, SupportEngagement } from "./concern.entity";

export function createConcernLoaders(dataSource: DataSource) {
  const ids = (keys: readonly number[]) => In([...keys]);
  return {
    /** Every council's concerns in one statement, newest first. */
    concernsByCouncil: groupedLoader(
      (codes: readonly string[]) =>
        dataSource.getRepository(Concern).find({ where: { councilCode: In([...codes]) }, order: { raisedOn: "DESC", id: "DESC" } }),
      (concern) => concern.councilCode,
    ),
    concernById: keyedLoader(
      (keys: readonly number[]) => dataSource.getRepository(Concern).findBy({ id: ids(keys) }),
      (concern) => concern.id,
    ),
    sourcesByConcern: groupedLoader(
      (keys: readonly number[]) => dataSource.getRepository(ConcernSource).find({ where: { concernId: ids(keys) }, order: { source: "ASC" } }),
      (row) => row.concernId,
    ),
    evidenceByConcern: groupedLoader(
      (keys: readonly number[]) => dataSource.getRepository(ConcernEvidence).find({ where: { concernId: ids(keys) }, order: { id: "ASC" } }),
      (row) => row.concernId,
    ),
    contactsByConcern: groupedLoader(
      (keys: readonly number[]) =>
        dataSource.getRepository(ConcernContact).find({ where: { concernId: ids(keys) }, order: { contactedOn: "ASC", id: "ASC" } }),
      (row) => row.concernId,
    ),
    engagementByConcern: keyedLoader(
      (keys: readonly number[]) => dataSource.getRepository(SupportEngagement).findBy({ concernId: ids(keys) }),
      (row) => row.concernId,
    ),
  };
}
