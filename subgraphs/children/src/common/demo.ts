import { Provenance, readRegions } from "@sli/shared";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { Council } from "../council/council.entity";

/** True when the table already holds demonstration records: a demo seed then adds nothing (idempotent). */
export async function hasDemo<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>): Promise<boolean> {
  return manager.existsBy(entity, { provenance: Provenance.DEMO } as never);
}

/** The upper-tier councils in code order (the demo's fixed order). */
export function upperTierCouncils(manager: EntityManager): Promise<Council[]> {
  return manager.find(Council, { where: { upperTier: true }, order: { code: "ASC" } });
}

/** Region names by code, for naming demo records. */
export function regionNames(): Map<string, string> {
  return new Map(readRegions().map((region) => [region.code, region.name]));
}

/** Councils the README and the cross-board tests show at universal support; the demo leaves them there. */
export const KEEP_UNIVERSAL = new Set(["E06000052", "E08000023"]);
