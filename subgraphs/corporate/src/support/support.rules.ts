import {
  defineLifecycle,
  forbidden,
  isCouncilOfficerOf,
  isPrincipalAdviserFor,
  moveRefused,
  PartnerBoard,
  pastDate,
  type ReadRule,
  todayIso,
  unauthenticated,
  type Viewer,
  viewerHolds,
  WRITERS,
} from "@sli/shared";
import type { SupportRecord } from "./support.entity";
import { SupportStatus } from "./support.enums";

/**
 * Support in place (issue 15, part 3): a council asks for help, or a board
 * offers it, and the record moves along SUPPORT_LIFECYCLE. The rules of who
 * reads and who writes it are here, in the domain's words.
 */

export const SUPPORT_LIFECYCLE = defineLifecycle(
  "support record",
  "requested or offered → agreed → in progress → completed, or declined (with a reason) before it is agreed; completed and declined are final",
  {
    [SupportStatus.REQUESTED]: [SupportStatus.AGREED, SupportStatus.DECLINED],
    [SupportStatus.OFFERED]: [SupportStatus.AGREED, SupportStatus.DECLINED],
    [SupportStatus.AGREED]: [SupportStatus.IN_PROGRESS],
    [SupportStatus.IN_PROGRESS]: [SupportStatus.COMPLETED],
    [SupportStatus.COMPLETED]: [],
    [SupportStatus.DECLINED]: [],
  },
);

/** Support in place: agreed or under way. */
export const IN_PLACE: readonly SupportStatus[] = [SupportStatus.AGREED, SupportStatus.IN_PROGRESS];
/** Asked for or offered, not yet answered. */
export const AWAITING: readonly SupportStatus[] = [SupportStatus.REQUESTED, SupportStatus.OFFERED];

/** The boards' officers, who coordinate the support of all three boards (and their partner systems' write scopes). */
const BOARD_OFFICERS = ["CIB_OFFICER", "TEASC_OFFICER", ...WRITERS.corporate, ...WRITERS.children, ...WRITERS.adults] as const;

/** Rule: the LGA central team and the boards' officers read every council's support. */
export const readsSupportEverywhere = (viewer: Viewer): boolean => viewer.authenticated && viewerHolds(viewer, BOARD_OFFICERS);

/**
 * Rule (support detail): the council's own officers, the principal adviser
 * for its region, the boards' officers and the LGA central team. Counts are
 * public; the need in the council's words is not.
 */
export function mayReadSupport(viewer: Viewer, councilCode: string): boolean {
  return readsSupportEverywhere(viewer) || isCouncilOfficerOf(viewer, councilCode) || isPrincipalAdviserFor(viewer, councilCode);
}

const READERS_IN_WORDS =
  "the council's own officers, the principal adviser for its region, the LGA central team, and CIB and TEASC officers (and partner systems with a board's write scope)";

/** The class of Council.support, checked on the council. */
export const SUPPORT_READERS: ReadRule<{ code: string }> = {
  name: "corporate.support",
  readers: READERS_IN_WORDS,
  reads: ["code"],
  allows: (viewer, council) => council != null && mayReadSupport(viewer, council.code),
};

/** The class of a support record's fields: reached only where its reader was let in (Council.support, a region's records, a write). */
export const SUPPORT_RECORD_READERS: ReadRule<Pick<SupportRecord, "councilCode">> = {
  name: "corporate.support",
  readers: READERS_IN_WORDS,
  reads: ["councilCode"],
  allows: (viewer, record) => record != null && mayReadSupport(viewer, record.councilCode),
};

/** Rule (a region's support records): the LGA central team, the boards' officers and the region's principal adviser. */
export function mayReadRegionSupport(viewer: Viewer, regionCode: string): boolean {
  return readsSupportEverywhere(viewer) || (viewer.authenticated && viewer.roles.includes("PRINCIPAL_ADVISER") && viewer.regions.includes(regionCode));
}

/** The class of SupportInPlace.records: a region's (or a council's) records, for the readers of all of them. */
export const SUPPORT_IN_PLACE_READERS: ReadRule<{ regionCode: string | null; councilCodes: string[] }> = {
  name: "corporate.support-in-place",
  readers: "the LGA central team, CIB and TEASC officers (and partner systems with a board's write scope), the principal adviser for the region; for one council, its own officers too",
  reads: [],
  allows: (viewer, counted) =>
    counted != null &&
    (counted.regionCode != null
      ? mayReadRegionSupport(viewer, counted.regionCode)
      : counted.councilCodes.every((code) => mayReadSupport(viewer, code))),
};

/** Rule: a council asks for support for itself: only its own officers (COUNCIL_OFFICER holding its code). */
export function assertMayRequestSupport(viewer: Viewer, councilCode: string): void {
  if (!viewer.authenticated) throw unauthenticated("Asking for support needs a token");
  if (!isCouncilOfficerOf(viewer, councilCode)) throw forbidden("Only the council's own officers (COUNCIL_OFFICER) ask for support for it");
}

/** The role that may offer and move a board's support, besides the LGA central team and the region's adviser. */
const BOARD_OFFICER: Record<PartnerBoard, readonly string[]> = {
  [PartnerBoard.CORPORATE]: WRITERS.corporate,
  [PartnerBoard.CHILDREN]: WRITERS.children,
  [PartnerBoard.ADULTS]: WRITERS.adults,
};

/**
 * Rule: a board's support is offered and moved by the LGA central team, the
 * principal adviser for the council's region (who "coordinates the support
 * available"), or the board's own officers (CIB for children's, TEASC for
 * adult social care) and partner systems with its write scope.
 */
export function mayProvideSupport(viewer: Viewer, councilCode: string, board: PartnerBoard): boolean {
  return (
    viewer.authenticated &&
    (viewer.roles.includes("LGA_OFFICER") || isPrincipalAdviserFor(viewer, councilCode) || viewerHolds(viewer, BOARD_OFFICER[board]))
  );
}

export function assertMayProvideSupport(viewer: Viewer, councilCode: string, board: PartnerBoard): void {
  if (!viewer.authenticated) throw unauthenticated("Offering or moving support needs a token");
  if (!mayProvideSupport(viewer, councilCode, board)) {
    throw forbidden(
      `Support from the ${board} board is offered and moved by the LGA central team, the principal adviser for the council's region, or that board's officers`,
    );
  }
}

/**
 * Rule: an offer is the council's to accept or turn down — its own officers
 * agree or decline it, as the providers may; every other move is the providers'.
 */
export function assertMayMoveSupport(viewer: Viewer, record: Pick<SupportRecord, "councilCode" | "board" | "status">, requested: SupportStatus): void {
  const answeringAnOffer = record.status === SupportStatus.OFFERED && (requested === SupportStatus.AGREED || requested === SupportStatus.DECLINED);
  if (answeringAnOffer && isCouncilOfficerOf(viewer, record.councilCode)) return;
  assertMayProvideSupport(viewer, record.councilCode, record.board);
}

/** Rule: a step's date is a past (or today's) date; today when not given. */
export function stepDate(value: string | null | undefined, argument: string, today = todayIso()): string {
  return value == null ? today : pastDate(value, argument, today);
}

/** The date each step records, by the status it moves to. */
export const STEP_DATE: Partial<Record<SupportStatus, "agreedOn" | "startedOn" | "completedOn" | "declinedOn">> = {
  [SupportStatus.AGREED]: "agreedOn",
  [SupportStatus.IN_PROGRESS]: "startedOn",
  [SupportStatus.COMPLETED]: "completedOn",
  [SupportStatus.DECLINED]: "declinedOn",
};

/** Rule (a CHECK backs it): no step is dated before the one it follows. */
export function assertStepInOrder(record: SupportRecord, requested: SupportStatus, on: string, argument: string): void {
  const previous = [record.startedOn, record.agreedOn, record.requestedOn ?? record.offeredOn].find((date) => date != null);
  if (previous && on < previous) {
    throw moveRefused(SUPPORT_LIFECYCLE, record.status, requested, {
      subject: `support record ${record.id}`,
      reason: `its date ${on} is before the step it follows (${previous})`,
      details: { argument },
    });
  }
}

/** Counts of support over some records (public): every status and board, zeros included. */
export function countSupport(records: readonly Pick<SupportRecord, "status" | "board" | "councilCode">[]) {
  const inPlace = records.filter((record) => IN_PLACE.includes(record.status));
  return {
    total: records.length,
    inPlace: inPlace.length,
    awaiting: records.filter((record) => AWAITING.includes(record.status)).length,
    councilsSupported: new Set(inPlace.map((record) => record.councilCode)).size,
    byStatus: Object.values(SupportStatus).map((status) => ({ status, count: records.filter((record) => record.status === status).length })),
    byBoard: Object.values(PartnerBoard).map((board) => ({
      board,
      count: records.filter((record) => record.board === board).length,
      inPlace: inPlace.filter((record) => record.board === board).length,
    })),
  };
}

