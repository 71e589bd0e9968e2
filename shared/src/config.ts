import fs from "node:fs";
import path from "node:path";
import { parseEnv } from "node:util";

/** The three partner boards, each with its own subgraph and database. */
export const BOARDS = ["corporate", "children", "adults"] as const;
export type Board = (typeof BOARDS)[number];

export type RuntimeEnvironment = "development" | "test" | "production";

export type LogFormat = "pretty" | "json";

export interface DatabaseSettings {
  kind: "sqlite" | "mysql";
  /** SQLite: the file; MySQL: the database name on the server. */
  database: string;
  /** MySQL only: the server address without a database. */
  url?: string;
  /**
   * MySQL only: read replicas of this board's database, each a full address
   * with its database (`mysql://user:password@host:port/database`). Reads
   * outside a transaction go to them; writes, transactions, migrations and
   * seeding to the primary (`url`).
   */
  replicas?: string[];
}

/** The operation limits of the gateway and every subgraph: each refusal is a 4xx with OPERATION_LIMIT. */
export interface OperationLimits {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  tokens: number;
  /** The budget of an operation's estimated cost (demand-control.ts): lists count by their size. */
  cost: number;
  bodyBytes: number;
  /** The most representations a subgraph's `_entities` takes at once (the largest real batch is 353 councils). */
  entities: number;
  /** The estimated cost of the operations one process runs at once (admission.ts); others wait their turn. */
  costInFlight: number;
  /** The most objects one answer may hold in a subgraph, counted as it is built (deadline.ts: AnswerSize). */
  answerObjects: number;
}

export interface GatewaySettings {
  limits: OperationLimits;
  /** How long the gateway waits for one subgraph fetch. */
  subgraphTimeoutMs: number;
  introspection: boolean;
  /** Browser origins allowed to call the gateway; "*" reflects any (development). */
  corsOrigins: string[] | "*";
  /** A persisted-query manifest: when set, only its operations run. */
  safelistFile?: string;
  /** How long an anonymous (public) answer may be reused; 0 turns the response cache off. */
  publicCacheSeconds: number;
}

export const DEFAULT_LIMITS: OperationLimits = Object.freeze({
  depth: 10,
  aliases: 30,
  rootFields: 20,
  directives: 50,
  tokens: 5000,
  // The England overview (about 10,600) four times over; a double council→region→councils cycle (about 2 million) refused.
  cost: 50_000,
  bodyBytes: 100 * 1024,
  entities: 1000,
  // Three operations at the budget at once, or some twenty England overviews: the gateway stays under 256 MB (soak test).
  costInFlight: 150_000,
  // The cost budget: an operation demand control admits holds no more objects than its estimate (lists no longer than their @listSize).
  answerObjects: 50_000,
});

export interface Config {
  environment: RuntimeEnvironment;
  production: boolean;
  ports: Record<Board | "gateway", number>;
  subgraphUrls: Record<Board, string>;
  dataDir: string;
  databases: Record<Board, DatabaseSettings>;
  jwtSecret?: string;
  jwksUrl?: string;
  /** Required of tokens when set (always in production with a JWKS address). */
  jwtIssuer?: string;
  jwtAudience?: string;
  /** The longest a token may live (exp − iat): a token without exp, or one that lives longer, is refused. */
  jwtMaxLifetimeSeconds: number;
  demoData: boolean;
  /**
   * The dashboards' "pick a role" sign-in (GET /dashboard/dev-token), which
   * signs a token for anyone who asks: only with an explicit DEV_SIGN_IN=true
   * (set by `npm start` for local development), never in production.
   */
  developmentSignIn: boolean;
  logLevel: string;
  /** "pretty" (coloured, for a person at a terminal) or "json" (for machines); see logger.ts. */
  logFormat: LogFormat;
  gateway: GatewaySettings;
  /**
   * How long a subgraph lets one operation run before it stops it with
   * OPERATION_LIMIT (SUBGRAPH_EXECUTION_TIMEOUT_MS): under the gateway's own
   * timeout, so the caller hears the subgraph's reason rather than a timeout.
   */
  subgraphExecutionTimeoutMs: number;
}

/** 24 h: a working day's session with room to spare; a stolen token is useful for a day at most. */
export const DEFAULT_JWT_MAX_LIFETIME_SECONDS = 24 * 60 * 60;

/** Signs development tokens only; production refuses to start with it. */
export const DEVELOPMENT_JWT_SECRET = "development-secret-not-for-production-use";

const DEFAULT_PORTS = { gateway: 4000, corporate: 4001, children: 4002, adults: 4003 } as const;

export class ConfigError extends Error {
  constructor(problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join("\n  - ")}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads and validates the environment once, at start-up. Every problem is
 * reported together so an operator fixes them in one go.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const problems: string[] = [];
  const environment: RuntimeEnvironment =
    env.NODE_ENV === "production" ? "production" : env.NODE_ENV === "test" ? "test" : "development";
  const production = environment === "production";

  const port = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 65535) {
      problems.push(`${name} must be a port number from 0 to 65535, not "${raw}"`);
      return fallback;
    }
    return value;
  };
  const ports = {
    gateway: port("GATEWAY_PORT", DEFAULT_PORTS.gateway),
    corporate: port("CORPORATE_PORT", DEFAULT_PORTS.corporate),
    children: port("CHILDREN_PORT", DEFAULT_PORTS.children),
    adults: port("ADULTS_PORT", DEFAULT_PORTS.adults),
  };

  const subgraphUrl = (board: Board): string => {
    const name = `${board.toUpperCase()}_URL`;
    const raw = env[name];
    if (!raw) return `http://127.0.0.1:${ports[board]}/graphql`;
    if (!isHttpUrl(raw)) problems.push(`${name} must be an http(s) URL, not "${raw}"`);
    return raw;
  };
  const subgraphUrls = {
    corporate: subgraphUrl("corporate"),
    children: subgraphUrl("children"),
    adults: subgraphUrl("adults"),
  };

  const dataDir = path.resolve(env.DATA_DIR || "./data");
  const databasePrefix = env.DATABASE_PREFIX || "sli";
  if (!/^[A-Za-z0-9_]{1,40}$/.test(databasePrefix)) {
    problems.push(`DATABASE_PREFIX may hold only letters, digits and underscores, not "${databasePrefix}"`);
  }
  const database = (board: Board): DatabaseSettings => {
    const ownName = `${board.toUpperCase()}_DATABASE_URL`;
    const own = env[ownName];
    const shared = env.DATABASE_URL;
    const raw = own || shared;
    if (!raw) return { kind: "sqlite", database: path.join(dataDir, `${board}.sqlite`) };
    const parsed = parseMysqlUrl(raw);
    if (!parsed) {
      problems.push(`${own ? ownName : "DATABASE_URL"} must look like mysql://user:password@host:port, not "${redact(raw)}"`);
      return { kind: "sqlite", database: path.join(dataDir, `${board}.sqlite`) };
    }
    // A board's own server may name its database in the path; otherwise each
    // board gets `<prefix>_<board>` on the shared server.
    const name = own && parsed.database ? parsed.database : `${databasePrefix}_${board}`;
    return { kind: "mysql", url: parsed.serverUrl, database: name };
  };
  // Read replicas: DATABASE_REPLICA_URLS for the boards on the shared server
  // (DATABASE_URL), <BOARD>_DATABASE_REPLICA_URLS for one board (overriding).
  // Each replica holds a copy of the board's database under the same name,
  // unless a board's own replica address names another in its path.
  const replicas = (board: Board, settings: DatabaseSettings): DatabaseSettings => {
    const ownName = `${board.toUpperCase()}_DATABASE_REPLICA_URLS`;
    const own = env[ownName]?.trim();
    const sharedRaw = env.DATABASE_REPLICA_URLS?.trim();
    const onSharedServer = Boolean(env.DATABASE_URL) && !env[`${board.toUpperCase()}_DATABASE_URL`];
    const name = own ? ownName : "DATABASE_REPLICA_URLS";
    const raw = own || (onSharedServer ? sharedRaw : undefined);
    if (!raw) return settings;
    if (settings.kind !== "mysql") {
      problems.push(
        `${name} needs MySQL: read replicas are for a board on a MySQL/MariaDB server, and ${board} is on SQLite (set DATABASE_URL or ${board.toUpperCase()}_DATABASE_URL, or unset ${name})`,
      );
      return settings;
    }
    const urls: string[] = [];
    for (const entry of raw.split(",").map((part) => part.trim()).filter(Boolean)) {
      const parsed = parseMysqlUrl(entry);
      if (!parsed) {
        problems.push(`${name} must be a comma-separated list of mysql://user:password@host:port, not "${redact(entry)}"`);
        continue;
      }
      const replicaDatabase = own && parsed.database ? parsed.database : settings.database;
      urls.push(`${parsed.serverUrl}/${replicaDatabase}`);
    }
    return urls.length ? { ...settings, replicas: urls } : settings;
  };
  if (env.DATABASE_REPLICA_URLS?.trim() && !env.DATABASE_URL) {
    problems.push(
      "DATABASE_REPLICA_URLS needs DATABASE_URL: read replicas are copies of the shared MySQL/MariaDB server, and SQLite (the default) has none; a board on a server of its own takes <BOARD>_DATABASE_REPLICA_URLS",
    );
  }
  const databases = {
    corporate: replicas("corporate", database("corporate")),
    children: replicas("children", database("children")),
    adults: replicas("adults", database("adults")),
  };

  const jwtSecret = env.JWT_SECRET || (production ? undefined : DEVELOPMENT_JWT_SECRET);
  const jwksUrl = env.JWKS_URL || undefined;
  if (jwksUrl && !isHttpUrl(jwksUrl)) problems.push(`JWKS_URL must be an http(s) URL, not "${jwksUrl}"`);
  const jwtIssuer = env.JWT_ISSUER || undefined;
  const jwtAudience = env.JWT_AUDIENCE || undefined;
  if (production) {
    if (!jwtSecret && !jwksUrl) problems.push("production needs JWT_SECRET or JWKS_URL to verify tokens");
    if (jwksUrl && (!jwtIssuer || !jwtAudience)) problems.push("production with JWKS_URL needs JWT_ISSUER and JWT_AUDIENCE");
    if (jwtSecret === DEVELOPMENT_JWT_SECRET) problems.push("production refuses the development JWT_SECRET");
    if (jwtSecret && jwtSecret.length < 32) problems.push("JWT_SECRET must be at least 32 characters in production");
  }

  const jwtMaxLifetimeSeconds = (() => {
    const raw = env.JWT_MAX_LIFETIME_SECONDS;
    if (raw === undefined || raw === "") return DEFAULT_JWT_MAX_LIFETIME_SECONDS;
    const value = Number(raw);
    // A minute at least (clocks differ by that much); thirty days at most, or the bound means nothing.
    if (!Number.isInteger(value) || value < 60 || value > 30 * 24 * 60 * 60) {
      problems.push(`JWT_MAX_LIFETIME_SECONDS must be a whole number of seconds from 60 to 2592000 (30 days), not "${raw}"`);
      return DEFAULT_JWT_MAX_LIFETIME_SECONDS;
    }
    return value;
  })();

  const demoRaw = env.DEMO_DATA;
  if (demoRaw !== undefined && demoRaw !== "" && demoRaw !== "true" && demoRaw !== "false") {
    problems.push(`DEMO_DATA must be "true" or "false", not "${demoRaw}"`);
  }
  const demoData = demoRaw === "true" || demoRaw === "false" ? demoRaw === "true" : !production;

  const positive = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1) {
      problems.push(`${name} must be a whole number of at least 1, not "${raw}"`);
      return fallback;
    }
    return value;
  };
  const limits: OperationLimits = {
    depth: positive("LIMIT_DEPTH", DEFAULT_LIMITS.depth),
    aliases: positive("LIMIT_ALIASES", DEFAULT_LIMITS.aliases),
    rootFields: positive("LIMIT_ROOT_FIELDS", DEFAULT_LIMITS.rootFields),
    directives: positive("LIMIT_DIRECTIVES", DEFAULT_LIMITS.directives),
    tokens: positive("LIMIT_TOKENS", DEFAULT_LIMITS.tokens),
    cost: positive("LIMIT_COST", DEFAULT_LIMITS.cost),
    bodyBytes: positive("LIMIT_BODY_BYTES", DEFAULT_LIMITS.bodyBytes),
    entities: positive("LIMIT_ENTITIES", DEFAULT_LIMITS.entities),
    costInFlight: 0,
    answerObjects: 0,
  };
  // Unless set, room for at least one operation at the budget (tests and analyses that raise LIMIT_COST raise this too).
  limits.costInFlight = positive("LIMIT_COST_IN_FLIGHT", Math.max(DEFAULT_LIMITS.costInFlight, limits.cost));
  // Unless set, follows a raised LIMIT_COST, as LIMIT_COST_IN_FLIGHT does.
  limits.answerObjects = positive("LIMIT_ANSWER_OBJECTS", Math.max(DEFAULT_LIMITS.answerObjects, limits.cost));
  if (limits.costInFlight < limits.cost) problems.push(`LIMIT_COST_IN_FLIGHT (${limits.costInFlight}) must be at least LIMIT_COST (${limits.cost}): an allowed operation must be able to run`);
  const flag = (name: string, fallback: boolean): boolean => {
    const raw = env[name];
    if (raw === undefined || raw === "") return fallback;
    if (raw !== "true" && raw !== "false") problems.push(`${name} must be "true" or "false", not "${raw}"`);
    return raw === "true";
  };
  const originsRaw = env.CORS_ORIGINS;
  const corsOrigins: string[] | "*" =
    originsRaw === "*" ? "*" : originsRaw ? originsRaw.split(",").map((origin) => origin.trim()).filter(Boolean) : production ? [] : "*";
  if (production && corsOrigins === "*") problems.push('production refuses CORS_ORIGINS="*": list the allowed origins');
  const gateway: GatewaySettings = {
    limits,
    subgraphTimeoutMs: positive("SUBGRAPH_TIMEOUT_MS", 10_000),
    introspection: flag("INTROSPECTION", !production),
    corsOrigins,
    safelistFile: env.SAFELIST_FILE ? path.resolve(env.SAFELIST_FILE) : undefined,
    publicCacheSeconds: (() => {
      const raw = env.PUBLIC_CACHE_SECONDS;
      if (raw === undefined || raw === "") return 5;
      const value = Number(raw);
      if (!Number.isInteger(value) || value < 0 || value > 3600) {
        problems.push(`PUBLIC_CACHE_SECONDS must be a whole number of seconds from 0 to 3600, not "${raw}"`);
        return 5;
      }
      return value;
    })(),
  };

  // Default: 8 s under the gateway's 10 s, or four fifths of a shorter gateway timeout.
  const subgraphExecutionTimeoutMs = positive(
    "SUBGRAPH_EXECUTION_TIMEOUT_MS",
    Math.max(1, Math.min(8000, Math.floor(gateway.subgraphTimeoutMs * 0.8))),
  );
  if (env.SUBGRAPH_EXECUTION_TIMEOUT_MS && subgraphExecutionTimeoutMs >= gateway.subgraphTimeoutMs) {
    problems.push(
      `SUBGRAPH_EXECUTION_TIMEOUT_MS (${subgraphExecutionTimeoutMs}) must be under SUBGRAPH_TIMEOUT_MS (${gateway.subgraphTimeoutMs}): otherwise the gateway gives up before a subgraph can say why`,
    );
  }

  const developmentSignIn = flag("DEV_SIGN_IN", false);
  if (production && developmentSignIn) {
    problems.push("production refuses DEV_SIGN_IN=true: the development sign-in signs a token for anyone who asks");
  }
  const logFormatRaw = env.LOG_FORMAT;
  if (logFormatRaw && logFormatRaw !== "pretty" && logFormatRaw !== "json") problems.push(`LOG_FORMAT must be "pretty" or "json", not "${logFormatRaw}"`);
  if (production && logFormatRaw === "pretty") problems.push('production refuses LOG_FORMAT="pretty": its log collectors read JSON lines');
  const logFormat = logFormatOf(env);

  if (problems.length) throw new ConfigError(problems);
  return Object.freeze({
    environment,
    production,
    ports,
    subgraphUrls,
    dataDir,
    databases,
    jwtSecret,
    jwksUrl,
    jwtIssuer,
    jwtAudience,
    jwtMaxLifetimeSeconds,
    demoData,
    developmentSignIn,
    logFormat,
    logLevel: env.LOG_LEVEL || (environment === "test" ? "silent" : "info"),
    gateway,
    subgraphExecutionTimeoutMs,
  });
}

/**
 * Pretty, coloured lines for a person at an interactive terminal outside
 * production (or LOG_FORMAT=pretty, which `npm start` sets when its own
 * terminal is one: the services write to its pipes); JSON lines otherwise.
 */
export function logFormatOf(env: NodeJS.ProcessEnv = process.env, interactive = Boolean(process.stdout.isTTY)): LogFormat {
  if (env.NODE_ENV === "production") return "json";
  if (env.LOG_FORMAT === "pretty" || env.LOG_FORMAT === "json") return env.LOG_FORMAT;
  return interactive ? "pretty" : "json";
}

/**
 * Reads `.env` in the working directory into the environment, if there is
 * one (.env.example lists every setting). What the environment already says
 * wins, so `FOO=1 npm start` still overrides the file. Every entry point calls
 * this before `loadConfig`.
 */
export function readDotEnv(file = path.resolve(".env"), env: NodeJS.ProcessEnv = process.env): boolean {
  if (!fs.existsSync(file)) return false;
  for (const [name, value] of Object.entries(parseEnv(fs.readFileSync(file, "utf8")))) {
    if (env[name] === undefined) env[name] = value;
  }
  return true;
}

function isHttpUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function parseMysqlUrl(raw: string): { serverUrl: string; database?: string } | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== "mysql:" && url.protocol !== "mariadb:") return undefined;
  if (!url.hostname) return undefined;
  const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || undefined;
  const user = url.username ? `${url.username}${url.password ? `:${url.password}` : ""}@` : "";
  return { serverUrl: `mysql://${user}${url.host}`, database };
}

/** Never echo a password into logs or errors. */
export function redact(raw: string): string {
  return raw.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
}
