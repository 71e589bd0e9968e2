import type { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import { badUserInput, conflict } from "./errors";

export type ConstraintKind = "unique" | "foreign key" | "check";

/** What the database refused, for turning a constraint's refusal into the rule's own words. */
export interface ConstraintViolation {
  kind: ConstraintKind;
  /** The driver's message (names the constraint or index); never shown to callers as is. */
  detail: string;
}

/** Recognises a constraint violation from better-sqlite3 or mysql2 (through TypeORM's QueryFailedError). */
export function constraintViolation(error: unknown): ConstraintViolation | undefined {
  const driverError = (error as { driverError?: { code?: string; errno?: number; message?: string } })?.driverError ?? error;
  const { code, errno, message = "" } = (driverError ?? {}) as { code?: string; errno?: number; message?: string };
  const kind: ConstraintKind | undefined =
    code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY" || code === "ER_DUP_ENTRY"
      ? "unique"
      : code === "SQLITE_CONSTRAINT_FOREIGNKEY" || code === "ER_NO_REFERENCED_ROW_2" || code === "ER_NO_REFERENCED_ROW" || code === "ER_ROW_IS_REFERENCED_2"
        ? "foreign key"
        : code === "SQLITE_CONSTRAINT_CHECK" || code === "ER_CHECK_CONSTRAINT_VIOLATED" || errno === 4025
          ? "check"
          : undefined;
  return kind ? { kind, detail: message } : undefined;
}

export type WriteWork<T> = (manager: EntityManager) => Promise<T>;

export interface WriteOptions {
  /** Says which rule a constraint's refusal stands for; by default a generic CONFLICT or BAD_USER_INPUT. */
  onViolation?: (violation: ConstraintViolation) => GraphQLError | undefined;
}

/** Runs one write as a transaction; see `transactionRunner`. */
export type WriteTransaction = <T>(work: WriteWork<T>, options?: WriteOptions) => Promise<T>;

/**
 * Every write is one transaction, and the database's constraints are the last
 * word on each rule: two concurrent attempts cannot both pass. A constraint's
 * refusal becomes a CONFLICT (unique) or BAD_USER_INPUT (foreign key, check)
 * error in the rule's words, never a 500.
 *
 * SQLite through TypeORM has a single connection whose transactions would
 * interleave (a second one nests as a savepoint inside the first), so on
 * SQLite writes queue up one after another; MySQL runs them side by side.
 */
export function transactionRunner(dataSource: DataSource): WriteTransaction {
  const serialise = dataSource.options.type === "better-sqlite3";
  let queue: Promise<unknown> = Promise.resolve();
  return async <T>(work: WriteWork<T>, options: WriteOptions = {}): Promise<T> => {
    const attempt = async () => {
      try {
        return await dataSource.transaction(work);
      } catch (error) {
        const violation = constraintViolation(error);
        if (!violation) throw error;
        throw (
          options.onViolation?.(violation) ??
          (violation.kind === "unique"
            ? conflict("That record already exists: the change would break a rule of the programme")
            : badUserInput(
                violation.kind === "foreign key"
                  ? "The change refers to a record that does not exist"
                  : "The change holds a value the programme does not allow",
              ))
        );
      }
    };
    if (!serialise) return attempt();
    const result = queue.then(attempt, attempt);
    queue = result.catch(() => undefined);
    return result;
  };
}
