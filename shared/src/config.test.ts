import path from "node:path";
import fs from "node:fs";
import os from "node:os";
import { ConfigError, DEVELOPMENT_JWT_SECRET, loadConfig, logFormatOf, readDotEnv } from "./config";

describe("configuration", () => {
  it("has development defaults: the contract's ports, SQLite files in ./data, demo data on", () => {
    const config = loadConfig({});
    expect(config.ports).toEqual({ gateway: 4000, corporate: 4001, children: 4002, adults: 4003 });
    expect(config.subgraphUrls.children).toBe("http://127.0.0.1:4002/graphql");
    expect(config.databases.corporate).toEqual({ kind: "sqlite", database: path.resolve("data/corporate.sqlite") });
    expect(config.jwtSecret).toBe(DEVELOPMENT_JWT_SECRET);
    expect(config.demoData).toBe(true);
  });

  it("puts each board in its own database on a shared MySQL server, or on a server of its own", () => {
    const config = loadConfig({
      DATABASE_URL: "mysql://sli:secret@db.internal:3307",
      ADULTS_DATABASE_URL: "mysql://teasc:pw@adults.internal/teasc_live",
    });
    expect(config.databases.corporate).toEqual({ kind: "mysql", url: "mysql://sli:secret@db.internal:3307", database: "sli_corporate" });
    expect(config.databases.children.database).toBe("sli_children");
    expect(config.databases.adults).toEqual({ kind: "mysql", url: "mysql://teasc:pw@adults.internal", database: "teasc_live" });
  });

  it("reports every problem at once, without echoing passwords", () => {
    let error: unknown;
    try {
      loadConfig({ GATEWAY_PORT: "eighty", CHILDREN_URL: "ftp://x", DATABASE_URL: "postgres://u:hunter2@h/db", DEMO_DATA: "yes" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/GATEWAY_PORT/);
    expect(message).toMatch(/CHILDREN_URL/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/DEMO_DATA/);
    expect(message).not.toMatch(/hunter2/);
  });

  it("refuses to start production without a real way to verify tokens", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET or JWKS_URL/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: DEVELOPMENT_JWT_SECRET })).toThrow(/development JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: "short" })).toThrow(/at least 32/);
    expect(() => loadConfig({ NODE_ENV: "production", JWKS_URL: "https://login.example/jwks.json" })).toThrow(/JWT_ISSUER and JWT_AUDIENCE/);
    const production = loadConfig({
      NODE_ENV: "production",
      JWKS_URL: "https://login.example/jwks.json",
      JWT_ISSUER: "https://login.example/",
      JWT_AUDIENCE: "sector-led-improvement",
    });
    expect(production.production).toBe(true);
    expect(production.demoData).toBe(false);
  });

  it("signs development tokens for the dashboards only with DEV_SIGN_IN=true, and refuses it in production", () => {
    expect(loadConfig({}).developmentSignIn).toBe(false);
    expect(loadConfig({ DEV_SIGN_IN: "true" }).developmentSignIn).toBe(true);
    expect(() => loadConfig({ DEV_SIGN_IN: "yes" })).toThrow(/DEV_SIGN_IN must be "true" or "false"/);
    const secret = "a-real-secret-of-at-least-thirty-two-characters";
    expect(loadConfig({ NODE_ENV: "production", JWT_SECRET: secret }).developmentSignIn).toBe(false);
    expect(() => loadConfig({ NODE_ENV: "production", JWT_SECRET: secret, DEV_SIGN_IN: "true" })).toThrow(/production refuses DEV_SIGN_IN=true/);
  });

  it("logs pretty lines for a person at a terminal outside production, JSON lines otherwise", () => {
    expect(logFormatOf({}, true)).toBe("pretty");
    expect(logFormatOf({}, false)).toBe("json");
    expect(logFormatOf({ LOG_FORMAT: "pretty" }, false)).toBe("pretty");
    expect(logFormatOf({ LOG_FORMAT: "json" }, true)).toBe("json");
    expect(logFormatOf({ NODE_ENV: "production" }, true)).toBe("json");
    expect(() => loadConfig({ LOG_FORMAT: "colourful" })).toThrow(/LOG_FORMAT must be "pretty" or "json"/);
  });

  it("reads .env without overriding what the environment already says", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-env-"));
    const file = path.join(dir, ".env");
    const names = ["SLI_DOTENV_FROM_FILE", "SLI_DOTENV_GIVEN"];
    try {
      expect(readDotEnv(file)).toBe(false);
      fs.writeFileSync(file, "# a comment\nSLI_DOTENV_FROM_FILE=from-file\nSLI_DOTENV_GIVEN=from-file\n");
      process.env.SLI_DOTENV_GIVEN = "from-environment";
      expect(readDotEnv(file)).toBe(true);
      expect(process.env.SLI_DOTENV_FROM_FILE).toBe("from-file");
      expect(process.env.SLI_DOTENV_GIVEN).toBe("from-environment");
    } finally {
      for (const name of names) delete process.env[name];
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives each subgraph a deadline under the gateway's fetch timeout", () => {
    expect(loadConfig({}).subgraphExecutionTimeoutMs).toBe(8000);
    expect(loadConfig({ SUBGRAPH_TIMEOUT_MS: "500" }).subgraphExecutionTimeoutMs).toBe(400);
    expect(loadConfig({ SUBGRAPH_EXECUTION_TIMEOUT_MS: "3000" }).subgraphExecutionTimeoutMs).toBe(3000);
    expect(() => loadConfig({ SUBGRAPH_EXECUTION_TIMEOUT_MS: "10000" })).toThrow(/must be under SUBGRAPH_TIMEOUT_MS \(10000\)/);
    expect(() => loadConfig({ SUBGRAPH_EXECUTION_TIMEOUT_MS: "soon" })).toThrow(/SUBGRAPH_EXECUTION_TIMEOUT_MS must be a whole number/);
  });

  it("reads the operation limits, the cost budget and the _entities batch among them, and refuses nonsense", () => {
    expect(loadConfig({}).gateway.limits).toMatchObject({ cost: 50_000, entities: 1000 });
    expect(loadConfig({ LIMIT_COST: "50000", LIMIT_ENTITIES: "400" }).gateway.limits).toMatchObject({ cost: 50_000, entities: 400 });
    expect(() => loadConfig({ LIMIT_ENTITIES: "0", LIMIT_COST: "lots" })).toThrow(/LIMIT_COST must be a whole number[\s\S]*LIMIT_ENTITIES must be a whole number/);
  });

  it("bounds an answer's objects by the cost budget unless told otherwise", () => {
    expect(loadConfig({}).gateway.limits.answerObjects).toBe(50_000);
    expect(loadConfig({ LIMIT_COST: "1000000" }).gateway.limits.answerObjects).toBe(1_000_000);
    expect(loadConfig({ LIMIT_ANSWER_OBJECTS: "20000" }).gateway.limits.answerObjects).toBe(20_000);
    expect(() => loadConfig({ LIMIT_ANSWER_OBJECTS: "none" })).toThrow(/LIMIT_ANSWER_OBJECTS must be a whole number/);
  });
});
