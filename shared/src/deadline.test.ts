import { graphql, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { Column, Entity, PrimaryColumn, Table } from "typeorm";
import type { BoardDatabase } from "./database";
import { checkDeadlinesInResolvers, dataSourceWithDeadline, Deadline } from "./deadline";
import { findIn, findWhere } from "./lean-reads";
import { groupedLoader } from "./loaders";
import { openScratchDatabase } from "./testing";

@Entity({ name: "visit" })
class Visit {
  @PrimaryColumn({ type: "varchar", length: 9 })
  code!: string;

  @Column({ type: "varchar", length: 10 })
  status!: string;
}

const deadlineRefusal = expect.objectContaining({ extensions: expect.objectContaining({ code: "OPERATION_LIMIT", limit: "deadline" }) });

describe("Deadline", () => {
  it("passes by the clock, or when stopped, and never without a budget", () => {
    expect(new Deadline(1000).passed).toBe(false);
    expect(new Deadline(50, Date.now() - 51).passed).toBe(true);
    expect(() => new Deadline(50, Date.now() - 51).check()).toThrow("the operation ran past its deadline of 50 ms");
    const deadline = new Deadline(1000);
    deadline.abort();
    expect(() => deadline.check()).toThrow(/caller went away/);
    expect(new Deadline(0, 0).passed).toBe(false);
  });
});

describe.each(["sqlite", "mysql"] as const)("a request's deadline on %s", (kind) => {
  let database: BoardDatabase;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind, {
      entities: [Visit],
      tables: [
        new Table({
          name: "visit",
          columns: [
            { name: "code", type: "varchar", length: "9", isPrimary: true },
            { name: "status", type: "varchar", length: "10" },
          ],
        }),
      ],
    }));
    await database.dataSource.getRepository(Visit).insert([
      { code: "E06000052", status: "BOOKED" },
      { code: "E09000001", status: "DELIVERED" },
    ]);
  });
  afterAll(async () => {
    await close?.();
  });

  it("sends no statement once the deadline has passed, by any way of reading", async () => {
    const deadline = new Deadline(60_000);
    const dataSource = dataSourceWithDeadline(database.dataSource, deadline);
    const visits = dataSource.getRepository(Visit);
    const loader = groupedLoader((codes: readonly string[]) => findIn(visits, "code", codes), (visit) => visit.code);

    // Before: every way of reading answers, and is counted.
    let before = database.statements.total;
    expect(await visits.find({ order: { code: "ASC" } })).toHaveLength(2);
    expect(await findWhere(visits, { status: "BOOKED" })).toHaveLength(1);
    expect(await loader.load("E09000001")).toHaveLength(1);
    expect(await dataSource.query("SELECT 1 AS one")).toHaveLength(1);
    expect(await dataSource.createQueryBuilder(Visit, "visit").getCount()).toBe(2);
    expect(database.statements.total - before).toBe(5);

    deadline.abort();
    before = database.statements.total;
    await expect(visits.find()).rejects.toEqual(deadlineRefusal);
    await expect(visits.findOneBy({ code: "E06000052" })).rejects.toEqual(deadlineRefusal);
    await expect(findWhere(visits, {})).rejects.toEqual(deadlineRefusal);
    await expect(loader.load("E06000052")).rejects.toEqual(deadlineRefusal);
    await expect(dataSource.query("SELECT 1 AS one")).rejects.toEqual(deadlineRefusal);
    await expect(dataSource.createQueryBuilder(Visit, "visit").getMany()).rejects.toEqual(deadlineRefusal);
    await expect(dataSource.manager.count(Visit)).rejects.toEqual(deadlineRefusal);
    expect(database.statements.total - before).toBe(0);

    // Other requests, and the pool itself, are untouched.
    expect(await database.dataSource.getRepository(Visit).count()).toBe(2);
    expect(await dataSourceWithDeadline(database.dataSource, new Deadline(60_000)).getRepository(Visit).count()).toBe(2);
  });

  it("starts no resolver after the deadline: the answer stops there, with one error where it stopped", async () => {
    const Council = new GraphQLObjectType<{ code: string }>({
      name: "Council",
      fields: { code: { type: GraphQLString, resolve: (council) => council.code } },
    });
    const schema = checkDeadlinesInResolvers(
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: "Query",
          fields: {
            councils: { type: new GraphQLList(new GraphQLNonNull(Council)), resolve: () => [{ code: "E06000052" }, { code: "E09000001" }] },
          },
        }),
      }),
    );
    const run = (deadline: Deadline) => graphql({ schema, source: "{ councils { code } }", contextValue: { deadline } });
    expect((await run(new Deadline(60_000))).data).toEqual({ councils: [{ code: "E06000052" }, { code: "E09000001" }] });
    const stopped = await run(new Deadline(10, Date.now() - 11));
    expect(stopped.data).toEqual({ councils: null });
    expect(stopped.errors).toEqual([expect.objectContaining({ message: "Operation limit: the operation ran past its deadline of 10 ms", path: ["councils"] })]);
  });
});
