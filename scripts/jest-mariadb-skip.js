// Jest setupFilesAfterEnv: without a MariaDB server (SLI_TEST_MARIADB=absent,
// set by jest-database.js) the "mysql" rows of every describe.each are
// skipped rather than failed, so the suite reports them as skipped.
"use strict";
if (process.env.SLI_TEST_MARIADB === "absent") {
  const each = describe.each.bind(describe);
  const onMariaDB = (row) => row === "mysql" || (Array.isArray(row) && row.includes("mysql"));
  describe.each = (table, ...rest) => {
    if (!Array.isArray(table) || rest.length) return each(table, ...rest);
    const kept = table.filter((row) => !onMariaDB(row));
    const skipped = table.filter(onMariaDB);
    return (name, fn, timeout) => {
      if (kept.length) each(kept)(name, fn, timeout);
      if (skipped.length) describe.skip.each(skipped)(name, fn, timeout);
    };
  };
}
