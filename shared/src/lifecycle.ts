import type { GraphQLError } from "graphql";
import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import { conflict } from "./errors";

/**
 * A record's lifecycle as data: from each status, the statuses it may become
 * next (none: the status is final), with the rule in words for messages.
 * Every board's lifecycle is one of these, so partner systems meet one
 * refusal: CONFLICT with `extensions { current, requested, allowed }`.
 */
export interface Lifecycle<S extends string> {
  /** What moves, in words: "corporate peer challenge". */
  readonly thing: string;
  /** The whole lifecycle in words: "draft → submitted → challenged; nothing moves back". */
  readonly rule: string;
  readonly moves: Readonly<Record<S, readonly S[]>>;
}

/** The details every lifecycle CONFLICT carries (in `extensions`, beside `code`). */
export interface MoveRefusal<S extends string = string> {
  current: S;
  requested: S;
  /** Where the record may go from `current`; empty when `current` is final. */
  allowed: S[];
}

/** Declares a lifecycle; a move to a status the lifecycle does not name is a programming error, caught at start-up. */
export function defineLifecycle<S extends string>(thing: string, rule: string, moves: Record<S, readonly NoInfer<S>[]>): Lifecycle<S> {
  for (const [from, targets] of Object.entries(moves) as Array<[S, readonly S[]]>) {
    const unknown = targets.filter((to) => !(to in moves));
    if (unknown.length) throw new Error(`The ${thing} lifecycle moves ${from} to ${unknown.join(", ")}, which it does not name`);
  }
  return Object.freeze({ thing, rule, moves: Object.freeze({ ...moves }) });
}

export const allowedMoves = <S extends string>(lifecycle: Lifecycle<S>, current: S): S[] => [...(lifecycle.moves[current] ?? [])];

export const mayMove = <S extends string>(lifecycle: Lifecycle<S>, current: S, requested: S): boolean =>
  allowedMoves(lifecycle, current).includes(requested);

/** The statuses nothing moves on from. */
export const finalStatuses = <S extends string>(lifecycle: Lifecycle<S>): S[] =>
  (Object.keys(lifecycle.moves) as S[]).filter((status) => lifecycle.moves[status].length === 0);

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const either = (statuses: readonly string[]) => statuses.join(" or ");

export interface RefusalOptions {
  /** Names the record in the message, e.g. "Corporate peer challenge 12"; by default "The <thing>". */
  subject?: string;
  /** Why a move the lifecycle allows is refused now (its conditions); by default the lifecycle's rule. */
  reason?: string;
  /** More details beside { current, requested, allowed }, e.g. what is missing. */
  details?: Record<string, unknown>;
}

/** A lifecycle's CONFLICT: says the rule (or the reason), and carries { current, requested, allowed }. */
export function moveRefused<S extends string>(lifecycle: Lifecycle<S>, current: S, requested: S, options: RefusalOptions = {}): GraphQLError {
  const allowed = allowedMoves(lifecycle, current);
  const subject = options.subject ?? `The ${lifecycle.thing}`;
  const why =
    options.reason ??
    (allowed.length
      ? `from ${current} a ${lifecycle.thing} moves only to ${either(allowed)} (${lifecycle.rule})`
      : `${current} is final (${lifecycle.rule})`);
  const refusal: MoveRefusal<S> = { current, requested, allowed };
  return conflict(`${capitalised(subject)} is ${current} and cannot move to ${requested}: ${why}`, { ...options.details, ...refusal });
}

/** Rule: a record moves only along its lifecycle; any other move is a CONFLICT saying where it may go. */
export function assertMove<S extends string>(lifecycle: Lifecycle<S>, current: S, requested: S, options: Omit<RefusalOptions, "reason"> = {}): void {
  if (!mayMove(lifecycle, current, requested)) throw moveRefused(lifecycle, current, requested, options);
}

/**
 * Applies a move as `UPDATE … SET status = <requested> WHERE id = ? AND status = <current>`.
 * When a concurrent write moved the record first nothing is updated: the
 * move is judged again from the status it has now, so two racing moves
 * never both apply and the loser hears where the record stands.
 */
export async function applyMove<T extends ObjectLiteral & { id: number; status: string }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  lifecycle: Lifecycle<T["status"]>,
  record: T,
  requested: T["status"],
  changes: Partial<T> = {},
  options: Omit<RefusalOptions, "reason"> = {},
): Promise<T> {
  assertMove(lifecycle, record.status, requested, options);
  const result = await manager.update(entity, { id: record.id, status: record.status } as never, { ...changes, status: requested } as never);
  if (!result.affected) {
    // On MySQL a plain read would answer from the transaction's snapshot (the stale status): a locking read sees the committed one.
    const latest = manager.connection.options.type === "mysql" ? { lock: { mode: "pessimistic_write" as const } } : {};
    const now = await manager.findOne(entity, { where: { id: record.id } as never, select: { id: true, status: true } as never, ...latest });
    const current: T["status"] = now?.status ?? record.status;
    throw moveRefused(lifecycle, current, requested, {
      ...options,
      reason: `another change moved it from ${record.status} to ${current} first${
        mayMove(lifecycle, current, requested) ? ": read it again and retry" : ""
      }`,
    });
  }
  return Object.assign(record, changes, { status: requested });
}
