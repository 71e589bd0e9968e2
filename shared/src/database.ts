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
}

/**
 * A board's database: one SQLite file per subgraph in the data directory by
 * default, or a database of its own on a MySQL/MariaDB server. Created,
 * migrated and seeded on first open; if any step fails the pool is closed.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<BoardDatabase> {
  const { settings, log } = options;
  const statements = new StatementCounter(log);
  const common = {
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: "schema_migrations",
    synchronize: false,
    logger: statements,
    maxQueryExecutionTime: 1000,
  } as const;

  let dataSourceOptions: DataSourceOptions;
  if (settings.kind === "sqlite") {
    fs.mkdirSync(path.dirname(settings.database), { recursive: true });
    dataSourceOptions = {
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
  } else {
    await createMysqlDatabase(settings);
    dataSourceOptions = {
      ...common,
      type: "mysql",
      url: `${settings.url}/${settings.database}`,
      charset: "utf8mb4_unicode_ci",
      timezone: "Z",
      poolSize: 10,
      extra: { enableKeepAlive: true },
    };
  }

  const dataSource = new DataSource(dataSourceOptions);
  await dataSource.initialize();
  try {
    if (options.prepare !== false) {
      await migrate(dataSource, log);
      if (options.seed) await options.seed(dataSource);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  log.info({ database: describe(settings) }, "database ready");
  return { dataSource, statements, settings, transaction: transactionRunner(dataSource) };
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

/** Whether the database answers now: the readiness check. */
export async function databaseAnswers(dataSource: DataSource, timeoutMs = 2000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      dataSource.query("SELECT 1"),
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
