import { type QueryRunner, TableCheck } from "typeorm";

/**
 * Adds a CHECK constraint to a table that already exists, on every database.
 * SQLite: TypeORM rebuilds the table with the check (foreign keys are off
 * while migrations run). MySQL/MariaDB: TypeORM's driver refuses checks, so
 * the standard `ALTER TABLE … ADD CONSTRAINT … CHECK` is issued, as
 * `createTable` does for new tables.
 */
export async function addCheck(queryRunner: QueryRunner, tableName: string, check: { name: string; expression: string }): Promise<void> {
  const type = queryRunner.connection.options.type;
  if (type === "mysql" || type === "mariadb") {
    await queryRunner.query(`ALTER TABLE \`${tableName}\` ADD CONSTRAINT \`${check.name}\` CHECK (${check.expression})`);
    return;
  }
  await queryRunner.createCheckConstraint(tableName, new TableCheck(check));
}
