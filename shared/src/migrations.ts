import { type QueryRunner, type Table, TableCheck } from "typeorm";

/** Whether the migration runs on MySQL or MariaDB (rather than SQLite). */
export const onMysql = (queryRunner: QueryRunner) =>
  queryRunner.connection.options.type === "mysql" || queryRunner.connection.options.type === "mariadb";

/**
 * `queryRunner.createTable`, keeping the table's CHECK constraints on every
 * database. TypeORM's MySQL driver drops them silently ("MySql does not support
 * check constraints"), though MariaDB ≥ 10.2 and MySQL ≥ 8.0.16 enforce them:
 * there we add each with the standard `ALTER TABLE … ADD CONSTRAINT … CHECK`.
 * Migrations call this instead of `createTable`, written once for both.
 * (Portability: an auto-increment key is `type: "integer"`; SQLite refuses `int`.)
 */
export async function createTable(queryRunner: QueryRunner, table: Table): Promise<void> {
  await queryRunner.createTable(table);
  if (!onMysql(queryRunner)) return;
  for (const check of table.checks) {
    await queryRunner.query(
      `ALTER TABLE \`${table.name}\` ADD CONSTRAINT \`${check.name}\` CHECK (${check.expression})`,
    );
  }
}

type CheckOptions = { name?: string; expression?: string };

/**
 * Adds a CHECK constraint to a table that already exists, on every database:
 * TypeORM's `createCheckConstraint` on SQLite (which rebuilds the table), and
 * on MySQL, whose TypeORM driver refuses it, the standard `ALTER TABLE … ADD
 * CONSTRAINT … CHECK`.
 */
export async function addCheck(queryRunner: QueryRunner, tableName: string, check: CheckOptions): Promise<void> {
  if (!check.name || !check.expression) throw new Error(`addCheck on ${tableName} needs a name and an expression`);
  if (!onMysql(queryRunner)) return queryRunner.createCheckConstraint(tableName, new TableCheck(check));
  await queryRunner.query(`ALTER TABLE \`${tableName}\` ADD CONSTRAINT \`${check.name}\` CHECK (${check.expression})`);
}

/** Undoes `addCheck`. */
export async function dropCheck(queryRunner: QueryRunner, tableName: string, check: CheckOptions): Promise<void> {
  if (!onMysql(queryRunner)) return queryRunner.dropCheckConstraint(tableName, new TableCheck(check));
  await queryRunner.query(`ALTER TABLE \`${tableName}\` DROP CONSTRAINT \`${check.name}\``);
}
