import {
  assertCouncilCode,
  assertMove,
  badUserInput,
  type Board,
  conflict,
  defineLifecycle,
  financialYear,
  forbidden,
  notFound,
  PARTNER_BOARD,
  PartnerBoard,
  type Publication,
  type ReadRule,
  requiredText,
  type Role,
  type Viewer,
  viewerHolds,
  WRITERS,
} from "@sli/shared";

const METRIC_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Rule: a metric's id is short lower-case words joined by hyphens, e.g. `household-waste-recycled`. */
export function assertMetricId(id: string): void {
  if (id.length > 64 || !METRIC_ID.test(id)) {
    throw badUserInput(`"${id}" is not a metric id: use lower-case words joined by hyphens, at most 64 characters`, {
      argument: "input.id",
    });
  }
}

/** Rule: one value per council and period in one recording (the primary key backs it across recordings). */
export function assertOneValuePerCouncilAndPeriod(values: ReadonlyArray<{ council: string; period: string }>): void {
  if (values.length === 0) throw badUserInput("Record at least one value", { argument: "input.values" });
  const seen = new Set<string>();
  for (const { council, period } of values) {
    assertCouncilCode(council, "input.values.council");
    financialYear(period, "input.values.period");
    const key = `${council} ${period}`;
    if (seen.has(key)) throw badUserInput(`Two values for ${council} in ${period}: give one value per council and period`, { argument: "input.values" });
    seen.add(key);
  }
}

export const SCORECARD_MAX_METRICS = 20;

/** Rule: a scorecard has 1 to 20 distinct metrics and at least one council, each named once. */
export function assertScorecardShape(metrics: readonly string[], councils: readonly string[]): void {
  if (metrics.length === 0 || metrics.length > SCORECARD_MAX_METRICS) {
    throw badUserInput(`A scorecard has between 1 and ${SCORECARD_MAX_METRICS} metrics, not ${metrics.length}`, { argument: "input.metrics" });
  }
  if (councils.length === 0) throw badUserInput("A scorecard needs at least one council", { argument: "input.councils" });
  if (new Set(metrics).size !== metrics.length) throw badUserInput("A scorecard names each metric once", { argument: "input.metrics" });
  if (new Set(councils).size !== councils.length) throw badUserInput("A scorecard names each council once", { argument: "input.councils" });
  for (const code of councils) assertCouncilCode(code, "input.councils");
}

/** Rule: a metric says what it measures, in what unit, and where its values come from. */
export function assertMetricDescribed(metric: { title: string; unit: string; source: string }): void {
  for (const field of ["title", "unit", "source"] as const) {
    requiredText(metric[field], `input.${field}`);
  }
}

/** Rule: a metric's id names one metric (the primary key backs it). */
export const metricTaken = (id: string) => conflict(`A metric with the id ${id} already exists: a metric's id names one metric`, { argument: "input.id" });

/** Rule: a value is recorded for a council that exists (the foreign key backs it). */
export const unknownCouncil = () => notFound("A value names a council that does not exist", { argument: "input.values.council" });

/** Rule: a scorecard has a name. */
export function scorecardName(name: string): string {
  return requiredText(name, "input.name");
}

/** Rule: a scorecard's name names one of its owner's scorecards (the unique index on owner and name backs it). */
export const scorecardNameTaken = (name: string) =>
  conflict(`You already have a scorecard named "${name}": a scorecard's name names one of its owner's scorecards`, { argument: "input.name" });

/** Rule: a scorecard names metrics and councils that exist. */
export function assertScorecardNamesKnown(
  metricIds: readonly string[],
  metrics: readonly unknown[],
  councilCodes: readonly string[],
  councils: readonly unknown[],
): void {
  const missingMetric = metricIds.find((_, i) => !metrics[i]);
  if (missingMetric) throw notFound(`No metric has the id ${missingMetric}`, { argument: "input.metrics" });
  const missingCouncil = councilCodes.find((_, i) => !councils[i]);
  if (missingCouncil) throw notFound(`No council has the code ${missingCouncil}`, { argument: "input.councils" });
}

/** Rule: a metric's id is free before it is defined. */
export function assertMetricIdFree(id: string, existing: unknown): void {
  if (existing) throw metricTaken(id);
}

/** Rule: every value names a council that exists (`known` of the `named` distinct councils exist). */
export function assertCouncilsKnown(known: number, named: number): void {
  if (known !== named) throw unknownCouncil();
}

/** Rule: a scorecard's name is free before it is saved. */
export function assertScorecardNameFree(name: string, existing: unknown): void {
  if (existing) throw scorecardNameTaken(name);
}

/** The config's name of each board, for its writers. */
const BOARD_OF: Record<PartnerBoard, Board> = Object.fromEntries(
  Object.entries(PARTNER_BOARD).map(([board, partner]) => [partner, board]),
) as Record<PartnerBoard, Board>;

/** Who records a board's metrics and their values: that board's writers (the LGA for CORPORATE, the CIB for CHILDREN, TEASC for ADULTS). */
export const metricWriters = (board: PartnerBoard): readonly string[] => WRITERS[BOARD_OF[board]];

/** Everyone who may write some board's metrics: the mutations' `@Authorized`, narrowed per metric by `assertMayRecordFor`. */
export const ANY_METRIC_WRITER: readonly string[] = [...new Set(Object.values(WRITERS).flat())];

/** Rule: a board's figures are recorded by that board's officers (or a partner system with its write scope); anyone else is FORBIDDEN. */
export function assertMayRecordFor(viewer: Viewer, board: PartnerBoard, metricId?: string): void {
  const permits = metricWriters(board);
  if (!viewerHolds(viewer, permits)) {
    const what = metricId ? `Metric ${metricId} is a ${board} metric` : `A ${board} metric`;
    throw forbidden(`${what}: only its board's officers record it (one of: ${permits.join(", ")})`, { needs: permits, board });
  }
}

/** Who saves scorecards for themselves: any signed-in analyst or officer. */
export const SCORECARD_SAVERS: readonly Role[] = ["ANALYST", "LGA_OFFICER", "CIB_OFFICER", "TEASC_OFFICER", "PRINCIPAL_ADVISER", "COUNCIL_OFFICER"];

/** Who shares a scorecard with everyone: the LGA, which runs LG Inform. */
export const SCORECARD_SHARERS: readonly Role[] = ["LGA_OFFICER"];

/** Rule: an unshared scorecard is its owner's (the token subject that saved it); the LGA central team reads it too, to share it. */
export const SCORECARD_READERS: ReadRule<{ owner: string | null }> = {
  name: "corporate.scorecard-owner",
  readers: "the scorecard's owner (who saved it) and the LGA central team",
  reads: ["owner"],
  allows: (viewer, scorecard) =>
    viewer.authenticated && (viewer.roles.includes("LGA_OFFICER") || (scorecard?.owner != null && scorecard.owner === viewer.subject)),
};

/** Rule (PERSONAL): who saved a scorecard is for the LGA central team and for that person. */
export const SAVER_READERS: ReadRule<{ owner: string | null }> = {
  name: "corporate.scorecard-saver",
  readers: "the scorecard's owner and the LGA central team (and partner systems with corporate:write)",
  reads: ["owner"],
  allows: (viewer, scorecard) =>
    viewer.authenticated && (viewerHolds(viewer, WRITERS.corporate) || (scorecard?.owner != null && scorecard.owner === viewer.subject)),
};

/** A scorecard is public once the LGA has shared it. */
export const SHARED_SCORECARD: Publication<{ shared: boolean }> = {
  when: "once the LGA shares it",
  reads: ["shared"],
  isPublished: (scorecard) => scorecard.shared === true,
};

/** Rule: who may read this scorecard. */
export const mayReadScorecard = (viewer: Viewer, scorecard: { owner: string | null; shared: boolean }) =>
  SHARED_SCORECARD.isPublished(scorecard) || SCORECARD_READERS.allows(viewer, scorecard);

/** Rule: a saved scorecard belongs to the token's subject; a token without one cannot own anything. */
export function scorecardOwner(viewer: Viewer): string {
  if (!viewer.subject) throw forbidden("Saving a scorecard needs a token naming who you are (sub)");
  return viewer.subject;
}

export type ScorecardSharing = "PRIVATE" | "SHARED";

/** A scorecard is its owner's, then shared with everyone by the LGA; sharing is not undone. */
export const SCORECARD_SHARING = defineLifecycle<ScorecardSharing>("scorecard", "private → shared by the LGA; a shared scorecard stays shared", {
  PRIVATE: ["SHARED"],
  SHARED: [],
});

/** Rule: a scorecard is shared once. */
export function assertMayShare(scorecard: { id: number; shared: boolean }): void {
  assertMove(SCORECARD_SHARING, scorecard.shared ? "SHARED" : "PRIVATE", "SHARED", { subject: `Scorecard ${scorecard.id}` });
}
