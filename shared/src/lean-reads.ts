import { getNamedType, type GraphQLResolveInfo, isObjectType, Kind, type SelectionSetNode } from "graphql";
import { type Classification, CONFIDENTIALITY, columnsRuleReads } from "./confidentiality";
import type { EntityMetadata, ObjectLiteral, Repository } from "typeorm";

export interface RowsQuery<T> {
  /** Only these properties (with the primary key and the key looked up); every column when absent. */
  columns?: readonly string[];
  order?: ReadonlyArray<readonly [keyof T & string, "ASC" | "DESC"]>;
}

/**
 * The rows whose `property` is one of `keys`: one statement, read where
 * TypeORM reads (a replica when there are some), each value converted as
 * TypeORM converts it (booleans, transformers), but without its query builder
 * and entity transformer, whose per-parameter and per-row bookkeeping was a
 * fifth of a subgraph's time answering for 353 councils. For loaders' batch
 * functions; `keys` is never empty there.
 */
export function findIn<T extends ObjectLiteral>(
  repository: Repository<T>,
  property: keyof T & string,
  keys: readonly unknown[],
  query: RowsQuery<T> = {},
): Promise<T[]> {
  return leanSelect(repository, [[property, keys]], query);
}

/** The rows whose properties equal the values given (every row for `{}`), read as `findIn` reads. */
export function findWhere<T extends ObjectLiteral>(
  repository: Repository<T>,
  where: Partial<Record<keyof T & string, unknown>>,
  query: RowsQuery<T> = {},
): Promise<T[]> {
  const conditions = Object.entries(where)
    .filter(([, value]) => value !== undefined)
    .map(([property, value]): [string, readonly unknown[]] => [property, [value]]);
  return leanSelect(repository, conditions, query);
}

/** SELECT … WHERE each property is one of its values, hydrated column by column. */
async function leanSelect<T extends ObjectLiteral>(
  repository: Repository<T>,
  conditions: ReadonlyArray<readonly [string, readonly unknown[]]>,
  query: RowsQuery<T>,
): Promise<T[]> {
  const { metadata, manager } = repository;
  const dataSource = manager.connection;
  const { driver } = dataSource;
  const columnOf = (property: string) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column ${property}`);
    return column;
  };
  const filters = conditions.map(([property, values]) => [columnOf(property), values] as const);
  const wanted = query.columns;
  const columns = wanted
    ? metadata.columns.filter(
        (column) => column.isPrimary || wanted.includes(column.propertyName) || filters.some(([filtered]) => filtered === column),
      )
    : metadata.columns;
  const where = filters.map(([column, values]) =>
    values.length === 1 ? `${driver.escape(column.databaseName)} = ?` : `${driver.escape(column.databaseName)} IN (${values.map(() => "?").join(", ")})`,
  );
  const order = (query.order ?? []).map(([name, direction]) => `${driver.escape(columnOf(name).databaseName)} ${direction}`);
  const sql =
    `SELECT ${columns.map((column) => driver.escape(column.databaseName)).join(", ")} FROM ${driver.escape(metadata.tableName)}` +
    (where.length ? ` WHERE ${where.join(" AND ")}` : "") +
    (order.length ? ` ORDER BY ${order.join(", ")}` : "");
  const parameters = filters.flatMap(([column, values]) => values.map((value) => driver.preparePersistentValue(value, column)));
  const runner = manager.queryRunner ?? dataSource.createQueryRunner(dataSource.defaultReplicationModeForReads());
  try {
    const rows: Array<Record<string, unknown>> = await runner.query(sql, parameters);
    return rows.map((row) => {
      const entity = metadata.create(runner, { fromDeserializer: true }) as T;
      for (const column of columns) column.setEntityValue(entity, driver.prepareHydratedValue(row[column.databaseName], column));
      return entity;
    });
  } finally {
    if (runner !== manager.queryRunner) await runner.release();
  }
}

/** The names of the fields selected under this field, through fragments. */
function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else visit(info.fragments[selection.name.value]?.selectionSet);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}

/** What code reads beyond the fields asked: `always` by the resolver that loads (its rules and filters), `byField` by each field resolver. */
export interface ColumnNeeds<T = ObjectLiteral> {
  always?: ReadonlyArray<keyof T & string>;
  byField?: Readonly<Record<string, ReadonlyArray<keyof T & string>>>;
}

/**
 * Which of an entity's columns this field's answer needs: the primary key, the
 * columns whose GraphQL fields are asked for, the columns `needs` names (always, and for
 * each asked field resolver), and every column the type does not expose under
 * its own name (keys and references, which rules and loaders read), and the
 * columns the confidentiality rules of the asked fields read. A column
 * exposed as a field and not asked for is not read.
 */
export function askedColumns<T>(info: GraphQLResolveInfo, metadata: EntityMetadata, needs: ColumnNeeds<T> = {}): string[] {
  const type = getNamedType(info.returnType);
  const exposed = isObjectType(type) ? type.getFields() : {};
  const asked = selectedFieldNames(info);
  const columns = new Set<string>();
  for (const column of metadata.columns) {
    if (column.isPrimary || asked.has(column.propertyName) || !(column.propertyName in exposed)) columns.add(column.propertyName);
  }
  for (const column of needs.always ?? []) columns.add(column);
  for (const field of asked) for (const column of needs.byField?.[field] ?? []) columns.add(column);
  // A classified field's rule reads its record's columns (a PUBLISHED field, the record's published state).
  for (const field of asked) for (const column of columnsRuleReads(exposed[field]?.extensions?.[CONFIDENTIALITY] as Classification | undefined)) columns.add(column);
  return [...columns].sort();
}

/**
 * A relation's loaders for one request, one per set of columns asked: the
 * England overview asks every council's challenges with the same selection,
 * so they still come in one statement, reading only the columns it shows.
 */
export function loaderPerSelection<T extends ObjectLiteral, L>(
  repository: Repository<T>,
  needs: ColumnNeeds<T>,
  create: (columns: readonly string[]) => L,
): { asked(info: GraphQLResolveInfo): L } {
  const loaders = new Map<string, L>();
  // graphql-js hands every item of a list the same field nodes: the selection is read once per list, not per item.
  const bySelection = new WeakMap<GraphQLResolveInfo["fieldNodes"], L>();
  return {
    asked(info) {
      const known = bySelection.get(info.fieldNodes);
      if (known) return known;
      const columns = askedColumns(info, repository.metadata, needs);
      const key = columns.join(",");
      let loader = loaders.get(key);
      if (!loader) {
        loader = create(columns);
        loaders.set(key, loader);
      }
      bySelection.set(info.fieldNodes, loader);
      return loader;
    },
  };
}
