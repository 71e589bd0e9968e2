import { notFound } from "@sli/shared";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/** Finds a record by id or answers NOT_FOUND naming the thing. */
export async function findOrNotFound<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, thing: string, id: string | number): Promise<T> {
  const numeric = Number(id);
  const record = Number.isInteger(numeric) && numeric > 0 ? await manager.findOneBy(entity, { id: numeric } as never) : null;
  if (!record) throw notFound(`No ${thing} has the id ${id}`);
  return record;
}
