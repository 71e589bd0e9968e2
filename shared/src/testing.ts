import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { BOARDS, type Config, loadConfig } from "./config";
import type { Table } from "typeorm";
import { type BoardDatabase, dropMysqlDatabase, openDatabase } from "./database";
import { createLogger } from "./logger";
import { createTable } from "./migrations";
import type { RequestDetails } from "./context";
import type { Role, Viewer } from "./viewer";

export type DatabaseKind = "sqlite" | "mysql";

/** The MariaDB/MySQL server tests use: CI's, at 127.0.0.1:3306 as root. */
export const TEST_MYSQL_URL = process.env.TEST_DATABASE_URL || "mysql://root@127.0.0.1:3306";

/**
 * `describe` for tests that need MariaDB outside a `describe.each(["sqlite",
 * "mysql"])`: skipped, like those rows, when the run found no server
 * (scripts/jest-database.js probes once and says so in one line).
 */
export function describeOnMariaDB(name: string, tests: () => void): void {
  (process.env.SLI_TEST_MARIADB === "absent" ? describe.skip : describe)(name, tests);
}

/**
 * Configuration for one test run with databases of its own: a fresh data
 * directory for SQLite, or databases under a unique prefix on MariaDB.
 */
export function testConfig(kind: DatabaseKind, overrides: NodeJS.ProcessEnv = {}): Config {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-test-"));
  // No reuse of public answers unless a test asks for it: a test reads back what it has just written.
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "test",
    DATA_DIR: dataDir,
    LOG_LEVEL: process.env.LOG_LEVEL || "silent",
    PUBLIC_CACHE_SECONDS: "0",
  };
  if (kind === "mysql") {
    env.DATABASE_URL = TEST_MYSQL_URL;
    env.DATABASE_PREFIX = `sli_test_${process.pid}_${randomBytes(3).toString("hex")}`;
  }
  return loadConfig({ ...env, ...overrides });
}

/** Removes what `testConfig` made: the data directory and any MariaDB databases. */
export async function removeTestDatabases(config: Config): Promise<void> {
  for (const board of BOARDS) await dropMysqlDatabase(config.databases[board]);
  fs.rmSync(config.dataDir, { recursive: true, force: true });
}

/**
 * A scratch database of the run's own for a toolkit test: `tables` created as
 * migrations create them, `entities` mapped. `close` drops it.
 */
export async function openScratchDatabase(
  kind: DatabaseKind,
  options: { entities?: Function[]; tables: Table[] },
): Promise<{ database: BoardDatabase; close(): Promise<void> }> {
  const config = testConfig(kind);
  const database = await openDatabase({
    board: "corporate",
    settings: config.databases.corporate,
    entities: options.entities ?? [],
    migrations: [],
    log: createLogger("test", "silent"),
  });
  const queryRunner = database.dataSource.createQueryRunner();
  try {
    for (const table of options.tables) await createTable(queryRunner, table);
  } finally {
    await queryRunner.release();
  }
  return {
    database,
    close: async () => {
      await database.dataSource.destroy();
      await removeTestDatabases(config);
    },
  };
}

export interface GraphQLAnswer<TData = Record<string, unknown>> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> }>;
}

/** Runs an operation on a subgraph through Apollo's `executeOperation`, with a fresh request context. */
export async function executeOn<TData = Record<string, any>>(
  server: { apollo: import("@apollo/server").ApolloServer<any>; createContext(details?: RequestDetails): unknown },
  query: string,
  variables?: Record<string, unknown>,
  viewer?: Viewer,
): Promise<GraphQLAnswer<TData>> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    { contextValue: server.createContext({ viewer }) },
  );
  if (response.body.kind !== "single") throw new Error("expected a single result");
  return response.body.singleResult as GraphQLAnswer<TData>;
}

/** A signed-in viewer for tests: `testViewer("CIB_OFFICER")`, or with regions, council or scopes. */
export function testViewer(role: Role, details: Partial<Omit<Viewer, "authenticated" | "roles">> = {}): Viewer {
  return { authenticated: true, subject: `test-${role.toLowerCase()}`, name: `Test ${role}`, roles: [role], regions: [], scopes: [], ...details };
}

/** Tokens a server must refuse, for tests: expired, signed with another key, or not a JWT at all. */
export async function refusedTokens(config: Config): Promise<{ expired: string; wrongKey: string; malformed: string }> {
  const { SignJWT } = await import("jose");
  const claims = { name: "Refused", roles: ["LGA_OFFICER"] };
  const now = Math.floor(Date.now() / 1000);
  const sign = (secret: string, exp: number) =>
    new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("refused").setIssuedAt(now - 7200).setExpirationTime(exp).sign(new TextEncoder().encode(secret));
  return {
    expired: await sign(config.jwtSecret!, now - 3600),
    wrongKey: await sign("another-key-that-is-not-the-configured-secret", now + 3600),
    malformed: "not-a-token",
  };
}

/**
 * A token signed with the configuration's secret whose time claims are
 * exactly as given, in seconds from now (a claim left out is not in the
 * token), for tests of what servers refuse: `{ exp: 3600 }` has no `iat`.
 */
export async function signTestToken(
  config: Config,
  times: { iat?: number; exp?: number; nbf?: number },
  claims: Record<string, unknown> = { roles: ["LGA_OFFICER"] },
): Promise<string> {
  const { SignJWT } = await import("jose");
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).setSubject("test-times");
  if (times.iat !== undefined) jwt.setIssuedAt(now + times.iat);
  if (times.exp !== undefined) jwt.setExpirationTime(now + times.exp);
  if (times.nbf !== undefined) jwt.setNotBefore(now + times.nbf);
  return jwt.sign(new TextEncoder().encode(config.jwtSecret!));
}

/** One subgraph server for a test file, started before its tests and stopped (its databases dropped) after them. */
export interface StartedSubgraph<TServer> {
  /** The running server; read it inside tests (it exists once `beforeAll` has run). */
  readonly server: TServer;
  readonly config: Config;
  /** Runs an operation on the subgraph as `viewer` (anonymous when left out). */
  execute<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, viewer?: Viewer): Promise<GraphQLAnswer<TData>>;
}

/**
 * The subgraph test harness: inside a `describe`, starts one board's server on
 * databases of the run's own (`testConfig`) in `beforeAll` and stops it and
 * drops them in `afterAll`, so that every test file sets up the same way.
 */
export function startSubgraph<TServer extends { apollo: import("@apollo/server").ApolloServer<any>; createContext(details?: RequestDetails): unknown; stop(): Promise<void> }>(
  kind: DatabaseKind,
  create: (config: Config) => Promise<TServer>,
  overrides: NodeJS.ProcessEnv = {},
): StartedSubgraph<TServer> {
  let server: TServer | undefined;
  let config: Config | undefined;
  beforeAll(async () => {
    config = testConfig(kind, overrides);
    server = await create(config);
  });
  afterAll(async () => {
    await server?.stop();
    if (config) await removeTestDatabases(config);
  });
  const started = (): TServer => {
    if (!server) throw new Error("startSubgraph: the server is read before beforeAll has run");
    return server;
  };
  return {
    get server() {
      return started();
    },
    get config() {
      if (!config) throw new Error("startSubgraph: the configuration is read before beforeAll has run");
      return config;
    },
    execute: (query, variables, viewer) => executeOn(started(), query, variables, viewer),
  };
}
