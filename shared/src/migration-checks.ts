import type { QueryRunner, TableCheck } from "typeorm";

const onMysql = (queryRunner: QueryRunner) =>
  queryRunner.connection.options.type === "mysql" || queryRunner.connection.options.type === "mariadb";

/**
 * Adds a CHECK constraint to an existing table on every database: TypeORM's
 * `createCheckConstraint` on SQLite (which rebuilds the table), and on MySQL,
 * whose TypeORM driver refuses it, the standard `ALTER TABLE … ADD CONSTRAINT
 * … CHECK` that MariaDB ≥ 10.2 and MySQL ≥ 8.0.16 enforce.
 */
export async function addCheck(queryRunner: QueryRunner, tableName: string, check: TableCheck): Promise<void> {
  if (!onMysql(queryRunner)) return queryRunner.createCheckConstraint(tableName, check);
  await queryRunner.query(`ALTER TABLE \`${tableName}\` ADD CONSTRAINT \`${check.name}\` CHECK (${check.expression})`);
}

/** Undoes `addCheck`. */
export async function dropCheck(queryRunner: QueryRunner, tableName: string, check: TableCheck): Promise<void> {
  if (!onMysql(queryRunner)) return queryRunner.dropCheckConstraint(tableName, check);
  await queryRunner.query(`ALTER TABLE \`${tableName}\` DROP CONSTRAINT \`${check.name}\``);
}
