import type { QueryRunner, Table } from "typeorm";

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
  if (queryRunner.connection.options.type !== "mysql" && queryRunner.connection.options.type !== "mariadb") return;
  for (const check of table.checks) {
    await queryRunner.query(
      `ALTER TABLE \`${table.name}\` ADD CONSTRAINT \`${check.name}\` CHECK (${check.expression})`,
    );
  }
}
