import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const PROBE = path.resolve(__dirname, "../../scripts/jest-database.js");
// A port nothing listens on: the MariaDB half's server "absent" without stopping the real one.
const CLOSED = "mysql://root@127.0.0.1:1";

/** Runs the tests' globalSetup as jest does, in a process of its own, and answers what it printed and decided. */
function probe(env: NodeJS.ProcessEnv) {
  const script = `require(${JSON.stringify(PROBE)})().then(() => console.log("SLI_TEST_MARIADB=" + process.env.SLI_TEST_MARIADB))`;
  const { SLI_TEST_MARIADB: _decided, CI: _ci, ...rest } = process.env;
  return run(process.execPath, ["-e", script], { env: { ...rest, ...env } });
}

describe("the tests' probe for MariaDB (scripts/jest-database.js)", () => {
  it("without a server, skips the MariaDB half after one line saying what and how to run it", async () => {
    const { stdout } = await probe({ TEST_DATABASE_URL: CLOSED });
    const lines = stdout.trim().split("\n");
    expect(lines).toEqual([
      "MariaDB tests skipped: no answer from TEST_DATABASE_URL (127.0.0.1:1) (ECONNREFUSED); the SQLite half runs. To run them, start MariaDB there (root, empty password) or set TEST_DATABASE_URL=mysql://user:password@host:port.",
      "SLI_TEST_MARIADB=absent",
    ]);
  });

  it("under CI=true, fails at once naming what is missing", async () => {
    await expect(probe({ TEST_DATABASE_URL: CLOSED, CI: "true" })).rejects.toMatchObject({
      code: 1,
      stdout: "",
      stderr: expect.stringContaining("CI=true needs MariaDB, and there is no answer from TEST_DATABASE_URL (127.0.0.1:1) (ECONNREFUSED)"),
    });
  });

  // Needs the server itself: skipped, like the rest of the MariaDB half, where there is none.
  (process.env.SLI_TEST_MARIADB === "absent" ? it.skip : it)("with a server that answers, runs both halves", async () => {
    const { TEST_MYSQL_URL } = await import("@sli/shared/testing");
    const { stdout } = await probe({ TEST_DATABASE_URL: TEST_MYSQL_URL });
    expect(stdout.trim()).toBe("SLI_TEST_MARIADB=present");
  });
});
