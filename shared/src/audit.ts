import { CENTRAL_TEAM_RULE, Public, Restricted } from "./confidentiality";
import { DateTime } from "./scalars";
import { Arg, Args, Authorized, Ctx, Directive, Field, ID, ObjectType, Query, Resolver } from "type-graphql";
import {
  Column,
  Entity,
  type EntityManager,
  Index,
  type MigrationInterface,
  PrimaryGeneratedColumn,
  type QueryRunner,
  Table,
} from "typeorm";
import type { Board } from "./config";
import type { RequestContext } from "./context";
import { createTable, onMysql } from "./migrations";
import { type Connection, connectionType, type KeysetColumn, PageArgs, readPage } from "./pagination";

/** One write, as the audit trail keeps it: who (the token's subject), when, and what changed. */
@ObjectType({ description: "One write to a board's records: who made it (the token's subject), when, and what was asked to change." })
// The same value type in every board's subgraph.
@Directive("@shareable")
@Entity({ name: "audit_entry" })
@Index("audit_entry_at", ["at"])
@Index("audit_entry_subject", ["subject"])
export class AuditEntry {
  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => ID, { description: "The entry's identifier." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => DateTime, { description: "When the write was committed (UTC)." })
  @Column({ type: "varchar", length: 24 })
  at!: string;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => String, { nullable: true, description: "The token's subject (sub) of whoever made the write." })
  @Column({ type: "varchar", length: 160, nullable: true })
  subject!: string | null;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => String, { nullable: true, description: "The name the token gave." })
  @Column({ type: "varchar", length: 160, nullable: true })
  name!: string | null;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => [String], { description: "The roles and scopes the token carried." })
  @Column({ type: "varchar", length: 400, transformer: { to: (list: string[]) => list.join(","), from: (text: string) => (text ? text.split(",") : []) } })
  credentials!: string[];

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => String, { description: "The mutation that made the write." })
  @Column({ type: "varchar", length: 120 })
  operation!: string;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => String, { description: "What was asked to change: the mutation's arguments, as JSON." })
  // MEDIUMTEXT (16 MB) on MariaDB since AuditChangesMediumText1764613000000: a write's arguments come in
  // a request body of at most 1 MB, more than TEXT's 64 KB. (TypeORM's SQLite driver knows no "mediumtext";
  // SQLite's TEXT is unbounded.)
  @Column({ type: "text" })
  changes!: string;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => String, { nullable: true, description: "The id of the record written, where the mutation answers one." })
  @Column({ name: "record_id", type: "varchar", length: 64, nullable: true })
  recordId!: string | null;

  @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "parent" })
  @Field(() => String, { nullable: true, description: "The request id, to find the write in the logs." })
  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId!: string | null;
}

/**
 * The audit table as AuditTrail1764600000000 makes it (a test harness makes
 * the same one). It is that migration's: a change to the table is a new
 * migration, never an edit here.
 */
export function auditEntryTable(): Table {
  return new Table({
    name: "audit_entry",
    columns: [
      { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
      { name: "at", type: "varchar", length: "24" },
      { name: "subject", type: "varchar", length: "160", isNullable: true },
      { name: "name", type: "varchar", length: "160", isNullable: true },
      { name: "credentials", type: "varchar", length: "400" },
      { name: "operation", type: "varchar", length: "120" },
      { name: "changes", type: "text" },
      { name: "record_id", type: "varchar", length: "64", isNullable: true },
      { name: "request_id", type: "varchar", length: "64", isNullable: true },
    ],
    indices: [
      { name: "audit_entry_at", columnNames: ["at"] },
      { name: "audit_entry_subject", columnNames: ["subject"] },
    ],
  });
}

/** The audit table; every board's migrations include it. */
export class AuditTrail1764600000000 implements MigrationInterface {
  name = "AuditTrail1764600000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await createTable(queryRunner, auditEntryTable());
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_entry");
  }
}

/**
 * The audit trail holds any accepted write: its `changes` column becomes
 * MEDIUMTEXT on MariaDB (TEXT there holds 64 KB, less than a write's arguments
 * may be: three peer challenge findings of 64 KB each, 500 peers...). SQLite's
 * TEXT already holds them.
 */
export class AuditChangesMediumText1764613000000 implements MigrationInterface {
  name = "AuditChangesMediumText1764613000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (!onMysql(queryRunner)) return;
    await queryRunner.query("ALTER TABLE `audit_entry` MODIFY `changes` MEDIUMTEXT NOT NULL");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (!onMysql(queryRunner)) return;
    await queryRunner.query("ALTER TABLE `audit_entry` MODIFY `changes` TEXT NOT NULL");
  }
}

/** The mutation being run, noted on the request context for the audit trail. */
export interface MutationInProgress {
  name: string;
  args: Record<string, unknown>;
}

/**
 * Held by reference on the request context: Apollo Server hands resolvers a
 * shallow copy of the context, so a note written on the copy must land in an
 * object the original shares.
 */
export interface AuditNote {
  mutation?: MutationInProgress;
}

export type AuditedContext = RequestContext & { auditNote?: AuditNote };

type FieldResolver = (root: unknown, args: Record<string, unknown>, context: AuditedContext, info: { fieldName: string }) => unknown;

/**
 * Wraps a root mutation's resolver so that it notes the mutation (name and
 * arguments) before it runs, for the audit entry its write records. Only root
 * mutations are wrapped: a global type-graphql middleware would run (and
 * allocate a promise) for every field of every answer.
 */
export function notingMutation(resolve: FieldResolver): FieldResolver {
  return (root, args, context, info) => {
    if (context.auditNote) context.auditNote.mutation = { name: info.fieldName, args };
    return resolve(root, args, context, info);
  };
}

/** Writes the audit entry for a write, inside the write's own transaction: no write without its entry. */
export async function recordAudit(manager: EntityManager, context: AuditedContext, result: unknown): Promise<void> {
  const { viewer } = context;
  const mutation = context.auditNote?.mutation;
  const recordId = (result as { id?: unknown } | null | undefined)?.id;
  await manager.insert(AuditEntry, {
    at: new Date().toISOString(),
    subject: viewer.subject ?? null,
    name: viewer.name ?? null,
    credentials: [...viewer.roles, ...viewer.scopes],
    operation: mutation?.name ?? "(outside a mutation)",
    changes: JSON.stringify(mutation?.args ?? {}),
    recordId: recordId === undefined || recordId === null ? null : String(recordId),
    requestId: context.requestId,
  });
}

/** A page of an audit trail: the wrapper's fields are the central team's, as the entries are. */
export const AuditEntryConnection = connectionType(AuditEntry, CENTRAL_TEAM_RULE);

/** The audit trail's keyset: newest first, the id breaking ties between writes of the same millisecond. */
const AUDIT_KEYS: KeysetColumn<AuditEntry>[] = [
  { property: "at", column: "entry.at", type: "string" },
  { property: "id", column: "entry.id", type: "integer" },
];

/**
 * `<board>AuditTrail`: the board's writes, newest first, for the LGA central
 * team, a page at a time; and `<board>RecordsLastChanged`, for anyone: only
 * the newest write's time, which dashboards and partners show beside a
 * figure to say how current it is.
 */
export function auditTrailResolver(board: Board) {
  @Resolver()
  class BoardAuditTrailResolver {
    @Authorized("LGA_OFFICER")
    @Restricted(CENTRAL_TEAM_RULE, { checkedBy: "resolver" })
    @Query(() => AuditEntryConnection, {
      name: `${board}AuditTrail`,
      description: `Every write to the ${board} board's records, newest first: who, when and what changed, a page at a time. For the LGA central team.`,
    })
    async auditTrail(
      @Ctx() { dataSource }: RequestContext & { dataSource: import("typeorm").DataSource },
      @Arg("since", () => DateTime, { nullable: true, description: "Only writes at or after this instant." }) since: Date | null,
      @Arg("until", () => DateTime, { nullable: true, description: "Only writes at or before this instant." }) until: Date | null,
      @Arg("subject", () => ID, { nullable: true, description: "Only writes by this token subject." }) subject: string | null,
      @Args() page: PageArgs,
    ): Promise<Connection<AuditEntry>> {
      const query = dataSource.getRepository(AuditEntry).createQueryBuilder("entry");
      if (since != null) query.andWhere("entry.at >= :since", { since: since.toISOString() });
      if (until != null) query.andWhere("entry.at <= :until", { until: until.toISOString() });
      if (subject != null) query.andWhere("entry.subject = :subject", { subject });
      return readPage(query, `${board}AuditTrail`, AUDIT_KEYS, page);
    }

    @Public("the time of the newest write only, never its entry")
    @Query(() => DateTime, {
      name: `${board}RecordsLastChanged`,
      nullable: true,
      description: `When the ${board} board's records last changed: the time of the newest write recorded through the graph (its audit entry), or null when nothing has been written since they were loaded from the reference data. Shown beside a figure to say how current it is.`,
    })
    async recordsLastChanged(@Ctx() { dataSource }: RequestContext & { dataSource: import("typeorm").DataSource }): Promise<string | null> {
      // The newest entry by the `at` index: one row read, however long the trail.
      const newest = await dataSource.getRepository(AuditEntry).createQueryBuilder("entry").select("MAX(entry.at)", "at").getRawOne<{ at: string | null }>();
      return newest?.at ?? null;
    }
  }
  return BoardAuditTrailResolver;
}
