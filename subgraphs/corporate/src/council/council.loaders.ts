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
