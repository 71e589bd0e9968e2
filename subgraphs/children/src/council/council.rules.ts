import { assertCouncilCode, badUserInput, notFound } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "./council.entity";

/**
 * Rule: children's services records exist only for upper-tier councils. A
 * malformed code is BAD_USER_INPUT, an unknown one NOT_FOUND, and a shire
 * district BAD_USER_INPUT saying it has no children's services.
 */
export async function requireChildrensServicesCouncil(manager: EntityManager, code: string, field = "council"): Promise<Council> {
  assertCouncilCode(code, field);
  const council = await manager.findOneBy(Council, { code });
  if (!council) throw notFound(`No council has the code ${code}`, { argument: field });
  if (!council.upperTier) {
    throw badUserInput(`Council ${code} is a shire district: it has no children's services, so the CIB keeps no records of it`, { argument: field });
  }
  return council;
}
