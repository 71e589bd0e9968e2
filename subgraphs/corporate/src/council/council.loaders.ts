import { assertCouncilCode, groupedLoader, keyedLoader, notFound } from "@sli/shared";
import type { CorporateContext } from "../context";
import { type DataSource, type EntityManager, In } from "typeorm";
import { Council } from "./council.entity";

export function createCouncilLoaders(dataSource: DataSource) {
  const councils = dataSource.getRepository(Council);
  return {
    councilByCode: keyedLoader(
      (codes: readonly string[]) => councils.findBy({ code: In([...codes]) }),
      (council) => council.code,
    ),
    councilsByRegion: groupedLoader(
      (regionCodes: readonly string[]) =>
        councils.find({ where: { regionCode: In([...regionCodes]) }, order: { name: "ASC" } }),
      (council) => council.regionCode,
    ),
  };
}

/** The council a write names, read in the write's transaction: NOT_FOUND for an unknown code. */
export async function assertCouncilExists(manager: EntityManager, code: string, argument = "council"): Promise<void> {
  if (!(await manager.findOneBy(Council, { code }))) throw notFound(`No council has the code ${code}`, { argument });
}

/** The council with this code: BAD_USER_INPUT for a malformed code, NOT_FOUND for an unknown one. */
export async function councilByCodeOrNotFound(ctx: CorporateContext, code: string, argument = "code"): Promise<Council> {
  assertCouncilCode(code, argument);
  const council = await ctx.loaders.councilByCode.load(code);
  if (!council) throw notFound(`No council has the code ${code}`, { argument });
  return council;
}

/**
 * The council a record names (its `councilCode`, kept by a foreign key): a
 * missing one is a broken invariant, not the caller's mistake, so a plain
 * error (masked as INTERNAL_SERVER_ERROR) that says which record.
 */
export async function councilOfRecord(ctx: Pick<CorporateContext, "loaders">, record: { councilCode: string; id: unknown }, what: string): Promise<Council> {
  const council = await ctx.loaders.councilByCode.load(record.councilCode);
  if (!council) throw new Error(`${what} ${String(record.id)} names council ${record.councilCode}, which is missing`);
  return council;
}
