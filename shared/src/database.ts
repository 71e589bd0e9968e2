import fs from "node:fs";
import path from "node:path";
import { DataSource, type DataSourceOptions, type MixedList, type EntitySchema } from "typeorm";
import { createConnection } from "mysql2/promise";
import type { Board, DatabaseSettings } from "./config";
import type { Logger } from "./logger";
import { StatementCounter } from "./sql-statements";
import { transactionRunner, type WriteTransaction } from "./transactions";

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type MigrationList = MixedList<Function | string>;

export interface BoardDatabase {
  dataSource: DataSource;
  /** Every write goes through this: one transaction, constraint refusals in the rule's words. */
  transaction: WriteTransaction;
  statements: StatementCounter;
  settings: DatabaseSettings;
}

export interface OpenDatabaseOptions {
  board: Board;
  settings: DatabaseSettings;
  entities: EntityList;
  migrations: MigrationList;
  log: Logger;
  /** Brings the reference data (and, when asked, demo data) in; must add nothing on a second run. */
  seed?: (dataSource: DataSource) => Promise<void>;
  /** Migrate and seed on open (the default for `npm start`). */
  prepare?: boolean;
  /** Ignore the settings' read replicas: every statement on the primary (`npm run migrate`, `npm run seed`). */
  primaryOnly?: boolean;
}

/**
 * A board's database: one SQLite file per subgraph in the data directory by
 * default, or a database of its own on a MySQL/MariaDB server. Created,
 * migrated and seeded on first open; if any step fails the pool is closed.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<BoardDatabase> {
  const { settings, log } = options;
  const statements = new StatementCounter(log);
  const replicated = Boolean(settings.kind === "mysql" && settings.replicas?.length && !options.primaryOnly);

  if (settings.kind === "sqlite") fs.mkdirSync(path.dirname(settings.database), { recursive: true });
  else await createMysqlDatabase(settings);

  // With read replicas, migrations and seeding run on a primary-only pool
  // first: the seed reads what it is about to write, and a replica may lag.
  if (replicated && options.prepare !== false) {
    const primary = new DataSource(dataSourceOptions(options, statements, false));
    await primary.initialize();
    try {
      await migrate(primary, log);
      if (options.seed) await options.seed(primary);
    } finally {
      await primary.destroy();
    }
  }

  const dataSource = new DataSource(dataSourceOptions(options, statements, replicated));
  await dataSource.initialize();
  try {
    if (options.prepare !== false && !replicated) {
      await migrate(dataSource, log);
      if (options.seed) await options.seed(dataSource);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  log.info({ database: describe(settings), replicas: replicated ? settings.replicas!.length : undefined }, "database ready");
  return { dataSource, statements, settings, transaction: transactionRunner(dataSource) };
}

/**
 * TypeORM's options for a board's database. With replicas, TypeORM's MySQL
 * driver keeps a pool cluster: the primary ("master") for writes, transactions
 * and raw `query()` calls, the replicas ("slaves", round-robin) for reads made
 * through repositories and query builders outside a transaction.
 */
function dataSourceOptions(options: OpenDatabaseOptions, statements: StatementCounter, replicated: boolean): DataSourceOptions {
  const { settings } = options;
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "schema_migrations",
    synchronize: false,
    logger: statements,
    maxQueryExecutionTime: 1000,
  } as const;
  if (settings.kind === "sqlite") {
    return {
      ...common,
      type: "better-sqlite3",
      database: settings.database,
      enableWAL: true,
      // Readers wait for a writer instead of failing with SQLITE_BUSY.
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma("busy_timeout = 5000");
        db.pragma("synchronous = NORMAL");
      },
    };
  }
  const mysql = {
    ...common,
    type: "mysql",
    charset: "utf8mb4_unicode_ci",
    timezone: "Z",
    poolSize: 10,
    extra: { enableKeepAlive: true },
  } as const;
  const primaryUrl = `${settings.url}/${settings.database}`;
  if (!replicated) return { ...mysql, url: primaryUrl };
  return {
    ...mysql,
    replication: {
      master: { url: primaryUrl },
      slaves: settings.replicas!.map((url) => ({ url })),
      selector: "RR",
      // A replica that keeps failing is set aside and tried again after 5 s
      // (the driver's default would drop it for good).
      canRetry: true,
      removeNodeErrorCount: 3,
      restoreNodeTimeout: 5000,
    },
  };
}

export async function migrate(dataSource: DataSource, log: Logger): Promise<void> {
  const applied = await dataSource.runMigrations({ transaction: "each" });
  for (const migration of applied) log.info({ migration: migration.name }, "migration applied");
}

async function createMysqlDatabase(settings: DatabaseSettings): Promise<void> {
  const connection = await createConnection({ uri: settings.url, connectTimeout: 5000 });
  try {
    await connection.query(
      `CREATE DATABASE IF NOT EXISTS \`${settings.database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
}

/** Drops a board's MySQL database: for tests that made one of their own. */
export async function dropMysqlDatabase(settings: DatabaseSettings): Promise<void> {
  if (settings.kind !== "mysql") return;
  const connection = await createConnection({ uri: settings.url, connectTimeout: 5000 });
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${settings.database}\``);
  } finally {
    await connection.end();
  }
}

export function describe(settings: DatabaseSettings): string {
  return settings.kind === "sqlite" ? `sqlite:${settings.database}` : `mysql:${settings.database}`;
}

/** Whether the database answers now (the primary, and a replica when there are any): the readiness check. */
export async function databaseAnswers(dataSource: DataSource, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const replicated = Boolean((dataSource.options as { replication?: unknown }).replication);
  try {
    await Promise.race([
      Promise.all([dataSource.query("SELECT 1"), replicated ? replicaAnswers(dataSource) : undefined]),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

async function replicaAnswers(dataSource: DataSource): Promise<void> {
  const runner = dataSource.createQueryRunner("slave");
  try {
    await runner.query("SELECT 1");
  } finally {
    await runner.release();
  }
}
