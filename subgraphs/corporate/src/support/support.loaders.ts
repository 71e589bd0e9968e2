import { applyMove, assertMove, groupedLoader, isRecordId, keyedLoader, notFound, PartnerBoard, Provenance, regionOfCouncil, type Viewer } from "@sli/shared";
import { type DataSource, In } from "typeorm";
import type { CorporateContext } from "../context";
import { councilOrNotFound } from "../concerns/concern.loaders";
import { SupportRecord } from "./support.entity";
import { SupportKind, SupportStatus } from "./support.enums";
import { assertMayMoveSupport, assertStepInOrder, STEP_DATE, SUPPORT_LIFECYCLE } from "./support.rules";

const ORDER = { id: "ASC" } as const;

export function createSupportLoaders(dataSource: DataSource) {
  const records = dataSource.getRepository(SupportRecord);
  return {
    /** Every council's support in one statement, oldest first. */
    supportByCouncil: groupedLoader(
      (codes: readonly string[]) => records.find({ where: { councilCode: In([...codes]) }, order: ORDER }),
      (record) => record.councilCode,
    ),
    /** Every region's support in one statement (the councils of the regions, by subquery), grouped by the register's region. */
    supportByRegion: groupedLoader(
      (regionCodes: readonly string[]) =>
        records
          .createQueryBuilder("support")
          .where("support.council_code IN (SELECT council.code FROM council WHERE council.region_code IN (:...regionCodes))", { regionCodes: [...regionCodes] })
          .orderBy("support.id", "ASC")
          .getMany(),
      (record) => regionOfCouncil(record.councilCode) ?? "",
    ),
    supportById: keyedLoader(
      (ids: readonly number[]) => records.findBy({ id: In([...ids]) }),
      (record) => record.id,
    ),
  };
}

/** The support record a move names: NOT_FOUND for an unknown id (as the other boards' moves; the refusal that follows names no council). */
async function supportToMove(ctx: CorporateContext, id: string): Promise<SupportRecord> {
  const record = isRecordId(id) ? await ctx.loaders.supportById.load(Number(id)) : null;
  if (!record) throw notFound(`No support record has the id ${id}`, { argument: "input.id" });
  return record;
}

/** Opens a support record (a council's request or a board's offer) in one transaction, with its audit entry. */
export async function openSupport(
  ctx: CorporateContext,
  councilCode: string,
  opened: { board: PartnerBoard; kind: SupportKind; need: string; status: SupportStatus.REQUESTED | SupportStatus.OFFERED; on: string },
): Promise<SupportRecord> {
  const council = await councilOrNotFound(ctx, councilCode);
  const by = whoIs(ctx.viewer);
  const requested = opened.status === SupportStatus.REQUESTED;
  return ctx.transaction(async (manager) =>
    manager.save(
      Object.assign(new SupportRecord(), {
        councilCode: council.code,
        board: opened.board,
        kind: opened.kind,
        need: opened.need,
        status: opened.status,
        requestedOn: requested ? opened.on : null,
        requestedBy: requested ? by : null,
        offeredOn: requested ? null : opened.on,
        offeredBy: requested ? null : by,
        agreedOn: null,
        startedOn: null,
        completedOn: null,
        declinedOn: null,
        declineReason: null,
        provenance: Provenance.RECORDED,
      }),
    ),
  );
}

/** A support record's move along SUPPORT_LIFECYCLE, dated, in one transaction (two racing moves never both apply). */
export async function moveSupport(
  ctx: CorporateContext,
  id: string,
  requested: SupportStatus,
  on: string,
  argument: string,
  changes: Partial<SupportRecord> = {},
): Promise<SupportRecord> {
  const found = await supportToMove(ctx, id);
  assertMayMoveSupport(ctx.viewer, found, requested);
  return ctx.transaction(async (manager) => {
    const current = await manager.findOneByOrFail(SupportRecord, { id: found.id });
    const subject = `support record ${current.id}`;
    assertMove(SUPPORT_LIFECYCLE, current.status, requested, { subject });
    assertStepInOrder(current, requested, on, argument);
    return applyMove(manager, SupportRecord, SUPPORT_LIFECYCLE, current, requested, { ...changes, [STEP_DATE[requested]!]: on }, { subject });
  });
}

/** Who, in the record's words: the token's name, else its subject. */
const whoIs = (viewer: Viewer): string => (viewer.name ?? viewer.subject ?? "unknown").slice(0, 120);
