import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import type { Logger } from "./logger";

/** Statements run while handling one request: batching shows up here as a small, constant number. */
export interface StatementTally {
  count: number;
}

const currentRequest = new AsyncLocalStorage<StatementTally>();

/** Runs `work` with its own statement tally; every SQL statement issued inside it is counted there. */
export function withStatementTally<T>(tally: StatementTally, work: () => T): T {
  return currentRequest.run(tally, work);
}

/**
 * TypeORM's logger hook, used to count statements (per request and in total)
 * and to log failing or slow ones. TypeORM calls `logQuery` for every statement.
 */
export class StatementCounter implements TypeOrmLogger {
  total = 0;

  constructor(private readonly pino: Logger) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.total += 1;
    const tally = currentRequest.getStore();
    if (tally) tally.count += 1;
    if (this.pino.isLevelEnabled("trace")) this.pino.trace({ sql: query, parameters }, "sql");
  }
  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    this.pino.warn({ err: error, sql: query }, "sql statement failed");
  }
  logQuerySlow(time: number, query: string): void {
    this.pino.warn({ ms: time, sql: query }, "slow sql statement");
  }
  logSchemaBuild(message: string): void {
    this.pino.debug(message);
  }
  logMigration(message: string): void {
    this.pino.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.pino.warn(String(message));
    else this.pino.debug(String(message));
  }
}
