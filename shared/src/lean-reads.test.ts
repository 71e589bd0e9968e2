import { graphql, GraphQLBoolean, GraphQLID, GraphQLList, GraphQLObjectType, type GraphQLResolveInfo, GraphQLSchema, GraphQLString } from "graphql";
import { Column, Entity, PrimaryGeneratedColumn, Table } from "typeorm";
import type { BoardDatabase } from "./database";
import { askedColumns, findIn, findWhere, loaderPerSelection } from "./lean-reads";
import { groupedLoader } from "./loaders";
import { openScratchDatabase } from "./testing";

@Entity({ name: "visit" })
class Visit {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ name: "council_code", type: "varchar", length: 9 })
  councilCode!: string;

  @Column({ type: "varchar", length: 10 })
  status!: string;

  @Column({ name: "no_cost", type: "boolean" })
  noCost!: boolean;

  @Column({ type: "text", transformer: { to: (lines: string[]) => lines.join("\n"), from: (text: string) => text.split("\n") } })
  findings!: string[];
}

/** Visit as a GraphQL type: `council` is a field resolver that reads councilCode, which is exposed too. */
const VisitType = new GraphQLObjectType({
  name: "Visit",
  fields: {
    id: { type: GraphQLID },
    councilCode: { type: GraphQLString },
    status: { type: GraphQLString },
    noCost: { type: GraphQLBoolean },
    findings: { type: new GraphQLList(GraphQLString) },
    council: { type: GraphQLString, resolve: (visit: Visit) => `council ${visit.councilCode}` },
  },
});

describe.each(["sqlite", "mysql"] as const)("lean reads on %s", (kind) => {
  let database: BoardDatabase;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind, {
      entities: [Visit],
      tables: [
        new Table({
          name: "visit",
          columns: [
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "council_code", type: "varchar", length: "9" },
            { name: "status", type: "varchar", length: "10" },
            { name: "no_cost", type: "boolean" },
            { name: "findings", type: "text" },
          ],
        }),
      ],
    }));
    await database.dataSource.getRepository(Visit).insert([
      { councilCode: "E06000052", status: "BOOKED", noCost: true, findings: ["strong leadership", "tight budget"] },
      { councilCode: "E09000001", status: "DELIVERED", noCost: false, findings: ["good"] },
      { councilCode: "E06000052", status: "DELIVERED", noCost: false, findings: [] as string[] },
    ]);
  });
  afterAll(async () => {
    await close?.();
  });

  it("reads the rows for many keys in one statement, converted as TypeORM converts them", async () => {
    const repository = database.dataSource.getRepository(Visit);
    const before = database.statements.total;
    const rows = await findIn(repository, "councilCode", ["E06000052", "E09000001", "E07000223"], { order: [["id", "DESC"]] });
    expect(database.statements.total - before).toBe(1);
    expect(rows.map((row) => row.id)).toEqual([3, 2, 1]);
    expect(rows[2]).toBeInstanceOf(Visit);
    // Booleans come back as booleans on both databases, and the column's transformer runs.
    expect(rows[2]).toEqual(Object.assign(new Visit(), { id: 1, councilCode: "E06000052", status: "BOOKED", noCost: true, findings: ["strong leadership", "tight budget"] }));
    expect(rows).toEqual(await repository.find({ where: rows.map((row) => ({ id: row.id })), order: { id: "DESC" } }));
  });

  it("reads only the columns named, with the primary key and the key looked up", async () => {
    const rows = await findIn(database.dataSource.getRepository(Visit), "councilCode", ["E09000001"], { columns: ["status"] });
    expect(rows).toEqual([Object.assign(new Visit(), { id: 2, councilCode: "E09000001", status: "DELIVERED" })]);
    expect(rows[0].findings).toBeUndefined();
  });

  it("reads the rows whose properties equal the values given, booleans included, or every row", async () => {
    const repository = database.dataSource.getRepository(Visit);
    const delivered = await findWhere(repository, { status: "DELIVERED", noCost: false }, { order: [["councilCode", "ASC"], ["id", "ASC"]] });
    expect(delivered.map((visit) => visit.id)).toEqual([3, 2]);
    expect((await findWhere(repository, { noCost: true })).map((visit) => visit.id)).toEqual([1]);
    expect(await findWhere(repository, {}, { order: [["id", "ASC"]] })).toEqual(await repository.find({ order: { id: "ASC" } }));
  });

  it("asks for the columns a query selects, what field resolvers read, and what the type does not expose", async () => {
    const metadata = database.dataSource.getMetadata(Visit);
    const seen: string[][] = [];
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: {
          visits: {
            type: new GraphQLList(VisitType),
            resolve: (_root, _args, _context, info: GraphQLResolveInfo) => {
              seen.push(askedColumns(info, metadata, { always: ["status"], byField: { council: ["councilCode"] } }));
              return [];
            },
          },
        },
      }),
    });
    const ask = async (query: string) => {
      seen.length = 0;
      const result = await graphql({ schema, source: query });
      expect(result.errors).toBeUndefined();
      return seen[0];
    };
    // Only id (primary), status (always) and noCost (asked); never the long findings.
    expect(await ask("{ visits { noCost } }")).toEqual(["id", "noCost", "status"]);
    // Through an alias, an inline fragment and a named fragment; `council` brings the code it reads.
    expect(await ask("{ visits { n: noCost ... on Visit { council } ...F } } fragment F on Visit { findings }")).toEqual([
      "councilCode",
      "findings",
      "id",
      "noCost",
      "status",
    ]);
  });

  it("gives one loader, and one statement, per selection however many keys ask", async () => {
    const repository = database.dataSource.getRepository(Visit);
    const visits = loaderPerSelection(repository, { always: ["status"] }, (columns) =>
      groupedLoader((codes: readonly string[]) => findIn(repository, "councilCode", codes, { columns }), (visit) => visit.councilCode),
    );
    const CouncilType = new GraphQLObjectType<{ code: string }>({
      name: "Council",
      fields: {
        code: { type: GraphQLString },
        visits: { type: new GraphQLList(VisitType), resolve: (council, _args, _context, info) => visits.asked(info).load(council.code) },
      },
    });
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: "Query",
        fields: { councils: { type: new GraphQLList(CouncilType), resolve: () => [{ code: "E06000052" }, { code: "E09000001" }, { code: "E07000223" }] } },
      }),
    });
    const before = database.statements.total;
    const result = await graphql({ schema, source: "{ councils { code visits { status } } }" });
    expect(result.errors).toBeUndefined();
    expect(database.statements.total - before).toBe(1);
    expect(result.data).toEqual({
      councils: [
        { code: "E06000052", visits: [{ status: "BOOKED" }, { status: "DELIVERED" }] },
        { code: "E09000001", visits: [{ status: "DELIVERED" }] },
        { code: "E07000223", visits: [] },
      ],
    });
  });
});
