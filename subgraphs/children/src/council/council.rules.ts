import { badUserInput, notFound } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "./council.entity";

const COUNCIL_CODE = /^E\d{8}$/;

/**
 * Rule: children's services records exist only for upper-tier councils. A
 * malformed code is BAD_USER_INPUT, an unknown one NOT_FOUND, and a shire
 * district BAD_USER_INPUT saying it has no children's services.
 */
export async function requireChildrensServicesCouncil(manager: EntityManager, code: string, field = "council"): Promise<Council> {
  if (!COUNCIL_CODE.test(code)) throw badUserInput(`"${code}" is not a council code (an ONS GSS code such as E06000052)`, { argument: field });
  const council = await manager.findOneBy(Council, { code });
  if (!council) throw notFound(`No council has the code ${code}`, { argument: field });
  if (!council.upperTier) {
    throw badUserInput(`Council ${code} is a shire district: it has no children's services, so the CIB keeps no records of it`, { argument: field });
  }
  return council;
}

const REGION_CODE = /^E1200000\d$/;

/** Rule: a region is one of the nine English regions (E12000001–E12000009). */
export function requireRegionCode(code: string, field = "region"): string {
  if (!REGION_CODE.test(code) || code === "E12000000") throw badUserInput(`"${code}" is not an English region code (E12000001 to E12000009)`, { argument: field });
  return code;
}
