import { conflict } from "@sli/shared";
import type { RegionalLead } from "./regional-lead.entity";

const words = (role: string) => role.toLowerCase().replace(/_/g, " ").replace("childrens", "children's");

/**
 * Rule: each region has exactly one person in each of the three roles.
 * Assigning a role that is taken replaces the holder only when the caller says
 * so (`replace: true`); otherwise it is refused, and never leaves two.
 */
export function requireRoleFreeOrReplacing(existing: RegionalLead | null, region: string, role: string, replace: boolean): void {
  if (existing && !replace) {
    throw conflict(
      `Region ${region} already has a regional lead as ${words(role)}: one person per role per region (pass replace: true to replace them)`,
      { region, role },
    );
  }
}

/** The refusal when a concurrent assignment took the role first. */
export function roleTakenConcurrently(region: string, role: string) {
  return conflict(`Region ${region}'s ${words(role)} role was assigned by another change at the same moment: one person per role per region`, {
    region,
    role,
  });
}
