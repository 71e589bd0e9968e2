import { assertCouncilCode, groupedLoader, isRecordId, keyedLoader, notFound } from "@sli/shared";
import type { CorporateContext } from "../context";
import type { Council } from "../council/council.entity";
import { assertMayRaiseConcern } from "./concern.rules";
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

/** The council a write names: BAD_USER_INPUT for a malformed code, NOT_FOUND for an unknown one. */
export async function councilOrNotFound(ctx: CorporateContext, code: string, argument = "input.council"): Promise<Council> {
  assertCouncilCode(code, argument);
  const council = await ctx.loaders.councilByCode.load(code);
  if (!council) throw notFound(`No council has the code ${code}`, { argument });
  return council;
}

/** The concern with this id and its council, or null (a malformed id finds nothing). */
export async function findConcern(ctx: CorporateContext, id: string): Promise<{ concern: Concern; council: Council } | null> {
  const concern = isRecordId(id) ? await ctx.loaders.concernById.load(Number(id)) : null;
  const council = concern && (await ctx.loaders.councilByCode.load(concern.councilCode));
  return concern && council ? { concern, council } : null;
}

/** Loads a concern the viewer may change: NOT_FOUND, then FORBIDDEN by the raising rule. */
export async function concernToChange(ctx: CorporateContext, id: string, argument = "input.id"): Promise<{ concern: Concern; council: Council }> {
  const found = await findConcern(ctx, id);
  if (!found) throw notFound(`No concern has the id ${id}`, { argument });
  assertMayRaiseConcern(ctx.viewer, found.council);
  return found;
}
