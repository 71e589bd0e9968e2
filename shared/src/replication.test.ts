import net from "node:net";
import { EntitySchema, Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { ConfigError, loadConfig, type Config } from "./config";
import { databaseAnswers, openDatabase, type BoardDatabase } from "./database";
import { findIn, findWhere } from "./lean-reads";
import { createLogger } from "./logger";
import { createTable } from "./migrations";
import { removeTestDatabases, testConfig, TEST_MYSQL_URL } from "./testing";

/**
 * A TCP proxy in front of the MariaDB server that records the SQL text of
 * every statement (COM_QUERY packet) clients send through it: one stands for
 * the primary, another for the replica, so a test can see where each
 * statement went.
 */
class CountingProxy {
  readonly statements: string[] = [];
  connections = 0;
  private readonly server: net.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor(private readonly target: { host: string; port: number }) {
    this.server = net.createServer((client) => this.accept(client));
  }

  static async start(target: { host: string; port: number }): Promise<CountingProxy> {
    const proxy = new CountingProxy(target);
    await new Promise<void>((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  get port(): number {
    return (this.server.address() as net.AddressInfo).port;
  }

  /** Forgets what was recorded so far. */
  reset(): void {
    this.statements.length = 0;
  }

  /** Cuts every open connection (the server behind it "goes away"). */
  cut(): void {
    for (const socket of this.sockets) socket.destroy();
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    this.connections += 1;
    const upstream = net.connect(this.target.port, this.target.host);
    this.sockets.add(client).add(upstream);
    let pending = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      // MySQL packets: 3-byte length, 1-byte sequence, payload. A command
      // starts a new sequence (0); COM_QUERY is command 0x03 followed by SQL.
      pending = Buffer.concat([pending, chunk]);
      while (pending.length >= 4) {
        const length = pending.readUIntLE(0, 3);
        if (pending.length < 4 + length) break;
        if (pending[3] === 0 && pending[4] === 0x03) this.statements.push(pending.subarray(5, 4 + length).toString("utf8"));
        pending = pending.subarray(4 + length);
      }
      upstream.write(chunk);
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  }
}

const Note = new EntitySchema<{ id: number; body: string }>({
  name: "Note",
  tableName: "note",
  columns: {
    id: { type: "integer", primary: true, generated: "increment" },
    body: { type: "varchar", length: 40 },
  },
});

class CreateNote1700000000000 implements MigrationInterface {
  name = "CreateNote1700000000000";
  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(
      queryRunner,
      new Table({
        name: "note",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "body", type: "varchar", length: "40", isUnique: true },
        ],
      }),
    );
  }
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("note");
  }
}

/** A seed that reads before it writes, as the boards' seeds do. */
async function seedNotes(dataSource: import("typeorm").DataSource): Promise<void> {
  const notes = dataSource.getRepository(Note);
  for (const body of ["first", "second"]) {
    if (!(await notes.findOneBy({ body }))) await notes.insert({ body });
  }
}

const reads = (statements: string[]) => statements.filter((sql) => /^\s*SELECT\b.*\bnote\b/is.test(sql));
const writes = (statements: string[]) => statements.filter((sql) => /^\s*(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|START TRANSACTION)\b/i.test(sql));

describe("read replica configuration", () => {
  it("gives each board on the shared server the replicas of DATABASE_REPLICA_URLS, under its own database name", () => {
    const config = loadConfig({
      DATABASE_URL: "mysql://sli:secret@primary.internal:3306",
      DATABASE_REPLICA_URLS: "mysql://reader:pw@replica-1.internal:3306, mysql://reader:pw@replica-2.internal:3306",
    });
    expect(config.databases.corporate).toEqual({
      kind: "mysql",
      url: "mysql://sli:secret@primary.internal:3306",
      database: "sli_corporate",
      replicas: ["mysql://reader:pw@replica-1.internal:3306/sli_corporate", "mysql://reader:pw@replica-2.internal:3306/sli_corporate"],
    });
    expect(config.databases.adults.replicas).toEqual([
      "mysql://reader:pw@replica-1.internal:3306/sli_adults",
      "mysql://reader:pw@replica-2.internal:3306/sli_adults",
    ]);
  });

  it("lets a board's own replica list override the shared one, and a board on its own server take only its own", () => {
    const config = loadConfig({
      DATABASE_URL: "mysql://sli:secret@primary.internal:3306",
      DATABASE_REPLICA_URLS: "mysql://reader@replica.internal",
      CHILDREN_DATABASE_REPLICA_URLS: "mysql://cib@cib-replica.internal/cib_copy",
      ADULTS_DATABASE_URL: "mysql://teasc:pw@adults.internal/teasc_live",
    });
    expect(config.databases.corporate.replicas).toEqual(["mysql://reader@replica.internal/sli_corporate"]);
    expect(config.databases.children.replicas).toEqual(["mysql://cib@cib-replica.internal/cib_copy"]);
    expect(config.databases.adults.replicas).toBeUndefined();
    const own = loadConfig({
      ADULTS_DATABASE_URL: "mysql://teasc:pw@adults.internal/teasc_live",
      ADULTS_DATABASE_REPLICA_URLS: "mysql://teasc:pw@adults-replica.internal",
    });
    expect(own.databases.adults.replicas).toEqual(["mysql://teasc:pw@adults-replica.internal/teasc_live"]);
  });

  it("refuses replicas for a board on SQLite, and a malformed replica address, in words and without passwords", () => {
    const problems = (env: NodeJS.ProcessEnv): string => {
      try {
        loadConfig(env);
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
      throw new Error("expected a configuration error");
    };
    expect(problems({ DATABASE_REPLICA_URLS: "mysql://reader@replica.internal" })).toMatch(
      /DATABASE_REPLICA_URLS needs DATABASE_URL: .*SQLite/,
    );
    expect(problems({ CORPORATE_DATABASE_REPLICA_URLS: "mysql://reader@replica.internal" })).toMatch(
      /CORPORATE_DATABASE_REPLICA_URLS needs MySQL: .*corporate is on SQLite/,
    );
    const malformed = problems({ DATABASE_URL: "mysql://sli@primary.internal", DATABASE_REPLICA_URLS: "postgres://reader:hunter2@replica.internal" });
    expect(malformed).toMatch(/DATABASE_REPLICA_URLS must be a comma-separated list of mysql:\/\//);
    expect(malformed).not.toMatch(/hunter2/);
  });
});

describe.each(["sqlite", "mysql"] as const)("read replicas on %s", (kind) => {
  if (kind === "sqlite") {
    it("are refused: the embedded default has no replicas", () => {
      expect(() => testConfig("sqlite", { DATABASE_REPLICA_URLS: "mysql://root@127.0.0.1:3306" })).toThrow(
        /DATABASE_REPLICA_URLS needs DATABASE_URL/,
      );
    });
    return;
  }

  let primary: CountingProxy;
  let replica: CountingProxy;
  let config: Config;
  let database: BoardDatabase;

  beforeAll(async () => {
    const server = new URL(TEST_MYSQL_URL);
    const target = { host: server.hostname, port: Number(server.port || 3306) };
    primary = await CountingProxy.start(target);
    replica = await CountingProxy.start(target);
    const through = (proxy: CountingProxy) => {
      const url = new URL(TEST_MYSQL_URL);
      url.hostname = "127.0.0.1";
      url.port = String(proxy.port);
      return url.toString().replace(/\/$/, "");
    };
    config = testConfig("mysql", { DATABASE_URL: through(primary), DATABASE_REPLICA_URLS: through(replica) });
    expect(config.databases.corporate.replicas).toHaveLength(1);
    database = await openDatabase({
      board: "corporate",
      settings: config.databases.corporate,
      entities: [Note],
      migrations: [CreateNote1700000000000],
      log: createLogger("test", "silent"),
      seed: seedNotes,
    });
  });
  afterAll(async () => {
    await database?.dataSource.destroy();
    if (config) await removeTestDatabases(config); // through the primary's proxy
    await primary?.close();
    await replica?.close();
  });

  it("migrates and seeds on the primary only: the replica is not even connected to", () => {
    expect(writes(primary.statements).some((sql) => /CREATE TABLE `note`/i.test(sql))).toBe(true);
    expect(writes(primary.statements).filter((sql) => /^INSERT INTO `note`/i.test(sql))).toHaveLength(2);
    expect(reads(primary.statements).length).toBeGreaterThan(0); // the seed's own reads
    expect(replica.statements).toEqual([]);
    expect(replica.connections).toBe(0);
  });

  it("sends reads outside a transaction to the replica and none to the primary", async () => {
    primary.reset();
    replica.reset();
    const notes = await database.dataSource.getRepository(Note).find({ order: { id: "ASC" } });
    expect(notes.map((note) => note.body)).toEqual(["first", "second"]);
    await database.dataSource.getRepository(Note).createQueryBuilder("note").where("note.body = :body", { body: "first" }).getOne();
    // The loaders' lean reads too.
    expect((await findIn(database.dataSource.getRepository(Note), "body", ["second"])).map((note) => note.body)).toEqual(["second"]);
    expect(reads(replica.statements)).toHaveLength(3);
    expect(reads(primary.statements)).toEqual([]);
  });

  it("sends every write, and the reads inside a write's transaction, to the primary and none to the replica", async () => {
    primary.reset();
    replica.reset();
    await database.transaction(async (manager) => {
      const notes = manager.getRepository(Note);
      expect(await notes.count()).toBe(2);
      await notes.insert({ body: "third" });
    });
    expect(writes(primary.statements).some((sql) => /^START TRANSACTION/i.test(sql))).toBe(true);
    expect(writes(primary.statements).some((sql) => /^INSERT INTO `note`/i.test(sql))).toBe(true);
    expect(reads(primary.statements)).toHaveLength(1);
    expect(replica.statements).toEqual([]);
    // A lean read inside the transaction sees the write, on the primary.
    await database.transaction(async (manager) => {
      expect(await findWhere(manager.getRepository(Note), { body: "third" })).toHaveLength(1);
    });
    expect(replica.statements).toEqual([]);
    // The replica here is the same server, so it sees the write at once; a real one may lag.
    expect(await database.dataSource.getRepository(Note).count()).toBe(3);
    expect(reads(replica.statements)).toHaveLength(1);
  });

  it("turns a write's constraint refusal into the rule's words, on the primary", async () => {
    primary.reset();
    replica.reset();
    const attempt = database.transaction((manager) => manager.getRepository(Note).insert({ body: "first" }), {
      onViolation: () => new (require("graphql").GraphQLError)("a note is written once", { extensions: { code: "CONFLICT" } }),
    });
    await expect(attempt).rejects.toMatchObject({ message: "a note is written once", extensions: { code: "CONFLICT" } });
    expect(replica.statements).toEqual([]);
  });

  it("is ready only when the primary and a replica both answer", async () => {
    replica.reset();
    expect(await databaseAnswers(database.dataSource)).toBe(true);
    expect(replica.statements).toContain("SELECT 1");
    replica.cut();
    const stopped = replica;
    await new Promise<void>((resolve) => stopped["server"].close(() => resolve()));
    expect(await databaseAnswers(database.dataSource)).toBe(false);
  });
});
