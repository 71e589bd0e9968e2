import { assertCouncilCode, badUserInput, conflict, notFound, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "./council.entity";
import { CqcRating } from "./council.enums";

/** Text that must say something: trimmed, not empty, at most `max` characters. */
export function assertText(value: string, argument: string, max: number): string {
  const text = value.trim();
  if (!text) throw badUserInput(`${argument} must not be empty`, { argument });
  if (text.length > max) throw badUserInput(`${argument} must be at most ${max} characters`, { argument });
  return text;
}

/** Optional text: left out (undefined) or cleared (null) as given, otherwise as `assertText` requires. */
export function optionalText<T extends null | undefined>(value: string | T, argument: string, max: number): string | T {
  return value === undefined || value === null ? (value as T) : assertText(value, argument, max);
}

/**
 * Adult social care is an upper-tier responsibility: a write about a shire
 * district is bad input saying so; an unknown council is not found.
 */
export async function findUpperTierCouncil(manager: EntityManager, code: string, argument = "council"): Promise<Council> {
  assertCouncilCode(code, argument);
  const council = await manager.findOneBy(Council, { code });
  if (!council) throw notFound(`No council has the code ${code}`, { argument });
  assertUpperTier(council, argument);
  return council;
}

/** Rule: only the 152 upper-tier councils have adult social care records. */
export function assertUpperTier(council: Council, argument = "council"): void {
  if (!council.upperTier) {
    throw badUserInput(
      `${council.code} is a shire district council: adult social care is its county's, so TEASC keeps no records for it`,
      { argument },
    );
  }
}

/**
 * Rule: a 2009-10 CQC rating is recorded with its source, and a rating taken
 * from a published reference is not re-recorded over.
 */
export function assertRatingRecordable(council: Council, source: string): string {
  const text = assertText(source, "source", 300);
  if (council.cqcRating2010Provenance === Provenance.REFERENCE) {
    throw conflict(
      `The 2009-10 CQC rating of ${council.code} comes from a published reference (${council.cqcRating2010Source}): it is not re-recorded`,
    );
  }
  return text;
}

/** The refusal of the sign-off's foreign key when a rating change would take a council in the programme off "adequate". */
export function ratingLockedInProgramme(code: string) {
  return conflict(
    `${code} is in the TEASC sign-off programme, which is only for councils rated ${CqcRating.ADEQUATE}: its rating cannot change while it is there`,
  );
}
