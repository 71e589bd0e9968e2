import {
  assertMove,
  badUserInput,
  conflict,
  type ConstraintViolation,
  defineLifecycle,
  forbidden,
  mayMove,
  moveRefused,
  notFound,
  type Viewer,
  viewerHolds,
  WRITERS,
} from "@sli/shared";
import type { EntityManager } from "typeorm";
import { assertText } from "../council/council.rules";
import { LocalAccount } from "./local-account.entity";
import { LocalAccountStatus } from "./local-account.enums";
import type { LocalAccountPriorityInput } from "./local-account.inputs";

export const LOCAL_ACCOUNT_LIFECYCLE = defineLifecycle(
  "local account",
  "draft → published → superseded by a correction; a published account is fixed",
  {
    [LocalAccountStatus.DRAFT]: [LocalAccountStatus.PUBLISHED],
    [LocalAccountStatus.PUBLISHED]: [LocalAccountStatus.SUPERSEDED],
    [LocalAccountStatus.SUPERSEDED]: [],
  },
);

export const localAccountSubject = (account: Pick<LocalAccount, "year" | "councilCode">) =>
  `the ${account.year} local account of ${account.councilCode}`;

export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2030;

/** Rule: a local account reports on a year from 2010 (the first) to 2030. */
export function assertLocalAccountYear(year: number): number {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw badUserInput(`year must be from ${FIRST_YEAR} to ${LAST_YEAR}, not ${year}`, { argument: "year" });
  }
  return year;
}

/** Rule: priorities each name a priority and the progress made against it. */
export function cleanPriorities(priorities: LocalAccountPriorityInput[]): LocalAccountPriorityInput[] {
  return priorities.map((item, index) => ({
    priority: assertText(item.priority, `priorities[${index}].priority`, 500),
    progress: assertText(item.progress, `priorities[${index}].progress`, 2000),
  }));
}

/** Rule: one local account per council per year. */
export function oneLocalAccountPerYear(councilCode: string, year: number) {
  return conflict(
    `${councilCode} already has a local account for ${year}: one per council per year (edit the draft, or correct the published one)`,
  );
}

/** Rule: a council starts one local account per year (its draft, or the current published version). */
export function assertFirstLocalAccountOfYear(councilCode: string, year: number, alreadyHasOne: boolean): void {
  if (alreadyHasOne) throw oneLocalAccountPerYear(councilCode, year);
}

/** The database's refusals of a local-account write, in the rules' words. */
export function localAccountViolation(councilCode: string, year: number) {
  return (violation: ConstraintViolation) =>
    violation.kind === "unique" && /supersedes|one_correction/.test(violation.detail)
      ? conflict("That local account has already been corrected: correct the current version")
      : violation.kind === "unique"
        ? oneLocalAccountPerYear(councilCode, year)
        : undefined;
}

export async function findLocalAccount(manager: EntityManager, id: string): Promise<LocalAccount> {
  const numeric = Number(id);
  const account = Number.isInteger(numeric) ? await manager.findOneBy(LocalAccount, { id: numeric }) : null;
  if (!account) throw notFound(`No local account has the id ${id}`, { argument: "id" });
  return account;
}

/** Rule: only a draft is edited; a published account is fixed and only a correction supersedes it. */
export function assertEditable(account: LocalAccount): void {
  if (account.status !== LocalAccountStatus.DRAFT) {
    throw conflict(
      `The ${account.year} local account of ${account.councilCode} is ${account.status}, not DRAFT: it cannot be edited${
        account.status === LocalAccountStatus.PUBLISHED ? "; record a correction, which keeps the original" : ""
      }`,
      { current: account.status },
    );
  }
}

/** Rule: a draft is published only with its link, how people who use services were engaged, and at least one priority. */
export function assertPublishable(account: LocalAccount, link: string | null, priorityCount: number): void {
  const subject = localAccountSubject(account);
  assertMove(LOCAL_ACCOUNT_LIFECYCLE, account.status, LocalAccountStatus.PUBLISHED, { subject });
  const missing = [
    ...(link ? [] : ["link"]),
    ...(account.engagement ? [] : ["engagement (how people who use services were engaged)"]),
    ...(priorityCount > 0 ? [] : ["at least one priority with its progress"]),
  ];
  if (missing.length) {
    throw moveRefused(LOCAL_ACCOUNT_LIFECYCLE, account.status, LocalAccountStatus.PUBLISHED, {
      subject,
      reason: `missing ${missing.join(", ")}`,
      details: { missing },
    });
  }
}

/** Rule: only the current published account is corrected; the correction is published no earlier than it. */
export function assertCorrectable(account: LocalAccount, publishedOn: string): void {
  if (!mayMove(LOCAL_ACCOUNT_LIFECYCLE, account.status, LocalAccountStatus.SUPERSEDED)) {
    throw moveRefused(LOCAL_ACCOUNT_LIFECYCLE, account.status, LocalAccountStatus.SUPERSEDED, {
      subject: localAccountSubject(account),
      reason:
        account.status === LocalAccountStatus.DRAFT
          ? "only a published account is corrected: edit the draft instead"
          : "it has already been corrected: correct its current version",
    });
  }
  if (publishedOn < account.publishedOn!) {
    throw badUserInput(`A correction cannot be published (${publishedOn}) before the account it corrects (${account.publishedOn})`, {
      argument: "publishedOn",
    });
  }
}

/** Who writes local accounts: TEASC officers and adults:write partners for any council, a council's own officers for theirs. */
export const LOCAL_ACCOUNT_WRITERS = [...WRITERS.adults, "COUNCIL_OFFICER"] as const;

/**
 * Rule: council officers publish their own local account (and draft, edit and
 * correct it); TEASC officers and partners with adults:write may do so for any council.
 */
export function assertMayWriteLocalAccount(viewer: Viewer, councilCode: string): void {
  if (viewerHolds(viewer, WRITERS.adults)) return;
  if (viewer.roles.includes("COUNCIL_OFFICER") && viewer.council === councilCode) return;
  throw forbidden(`Only ${councilCode}'s own officers, TEASC officers or a partner with adults:write may write its local account`);
}

/** Rule: a draft local account is seen only by those who may write it; a published one is public. */
export function mayReadLocalAccount(viewer: Viewer, account: Pick<LocalAccount, "status" | "councilCode">): boolean {
  if (account.status !== LocalAccountStatus.DRAFT) return true;
  return viewerHolds(viewer, WRITERS.adults) || (viewer.roles.includes("COUNCIL_OFFICER") && viewer.council === account.councilCode);
}
