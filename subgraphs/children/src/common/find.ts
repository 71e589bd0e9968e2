import { conflict, notFound } from "@sli/shared";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/** The moves a lifecycle allows: from each state, the states it may become. */
export type Transitions<S extends string> = Record<S, readonly S[]>;

const words = (state: string) => state.toLowerCase().replace(/_/g, " ");

/** Rule: a lifecycle moves only along its transitions; an illegal move is CONFLICT naming both states. */
export function requireMove<S extends string>(thing: string, transitions: Transitions<S>, current: S, requested: S): void {
  if (!transitions[current].includes(requested)) {
    const allowed = transitions[current].map(words);
    throw conflict(
      `A ${thing} that is ${words(current)} cannot become ${words(requested)}` +
        (allowed.length ? ` (it can become: ${allowed.join(", ")})` : " (it is final)"),
      { currentStatus: current, requestedStatus: requested },
    );
  }
}

/**
 * Applies a move as `UPDATE … WHERE id = ? AND status = <current>`: when a
 * concurrent write moved the record first, nothing is updated and the move is
 * refused as CONFLICT, so two racing moves can never both apply.
 */
export async function applyMove<T extends ObjectLiteral & { id: number; status: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  thing: string,
  record: T,
  changes: Partial<T>,
): Promise<T> {
  const result = await manager.update(entity, { id: record.id, status: record.status } as never, changes as never);
  if (!result.affected) {
    throw conflict(`The ${thing} changed while this change was being made (it was ${words(record.status)}): read it again and retry`, {
      currentStatus: record.status,
    });
  }
  return Object.assign(record, changes);
}

/** Finds a record by id or answers NOT_FOUND naming the thing. */
export async function findOrNotFound<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, thing: string, id: string | number): Promise<T> {
  const numeric = Number(id);
  const record = Number.isInteger(numeric) && numeric > 0 ? await manager.findOneBy(entity, { id: numeric } as never) : null;
  if (!record) throw notFound(`No ${thing} has the id ${id}`);
  return record;
}
