import type { Logger as TypeOrmLogger, QueryRunner } from "typeorm";
import type { Logger } from "./logger";

/**
 * TypeORM's logger hook, used to count statements and to log failing or slow
 * ones. TypeORM calls `logQuery` for every statement.
 *
 * The count is one total per process (`sql_statements_total`): divided by the
 * GraphQL requests the subgraph answered (`graphql_requests_total`) it gives
 * statements per request, and a test that sends one request at a time reads
 * that request's statements as the difference. A per-request tally would need
 * an AsyncLocalStorage, whose promise hooks cost every promise of every
 * answer (measured: a third of the time of a 353-council `_entities` answer).
 */
export class StatementCounter implements TypeOrmLogger {
  total = 0;

  constructor(private readonly pino: Logger) {}

  logQuery(query: string, parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.total += 1;
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
