import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { type RunningGraph, startGraph } from "./graph";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "../..");
const EXAMPLE = path.join(ROOT, "examples/partner-client");
const CORNWALL = "E06000052";

describe("the generated client types (npm run codegen)", () => {
  it("are what codegen makes from the checked-in supergraph now (run `npm run codegen` and commit the result if this fails)", async () => {
    const { generate } = await import("@graphql-codegen/cli");
    const config = require(path.join(ROOT, "codegen.js"));
    const files: Array<{ filename: string; content: string }> = await generate({ ...config, silent: true }, false);
    expect(files.length).toBeGreaterThan(0);
    const stale = files
      .filter((file) => !fs.existsSync(file.filename) || fs.readFileSync(file.filename, "utf8") !== file.content)
      .map((file) => path.relative(ROOT, file.filename));
    expect(stale).toEqual([]);
    // Every shared operation has its typed document.
    const generated = fs.readFileSync(path.join(EXAMPLE, "src/generated/graphql.ts"), "utf8");
    for (const name of ["CouncilSingleView", "EnglandOverview", "RegionOverview", "CreateLocalAccount"]) {
      expect(generated).toContain(`export const ${name}Document`);
    }
  });
});

describe("the example partner client (examples/partner-client)", () => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph("sqlite");
    // Compiled as a partner would, with its own tsconfig, against the generated types.
    await run(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", EXAMPLE], { cwd: ROOT });
  });
  afterAll(async () => {
    await graph?.stop();
  });

  it("compiles, reads a council's single view and records a write with a council officer's token", async () => {
    const token = await graph.token({ sub: "partner-client-test", name: "Cornwall officer", roles: ["COUNCIL_OFFICER"], council: CORNWALL });
    const { stdout } = await run(process.execPath, [path.join(EXAMPLE, "dist/main.js")], {
      cwd: ROOT,
      env: { ...process.env, GRAPH_URL: graph.url, SLI_TOKEN: token, COUNCIL: CORNWALL, YEAR: "2030" },
    });
    const view = (await graph.query(`{ council(code: "${CORNWALL}") { name region { name } } }`)).data!.council;
    expect(stdout).toContain(`${view.name} (${CORNWALL})`);
    expect(stdout).toContain(view.region.name);
    const recorded = /Recorded local account (\S+) for 2030/.exec(stdout);
    expect(recorded).not.toBeNull();
    const accounts = await graph.query(`{ council(code: "${CORNWALL}") { localAccounts { id year } } }`, {}, token);
    expect(accounts.data!.council.localAccounts).toContainEqual({ id: recorded![1], year: 2030 });
  });

  it("says so when the graph refuses it, and exits non-zero", async () => {
    const refused = run(process.execPath, [path.join(EXAMPLE, "dist/main.js")], {
      cwd: ROOT,
      env: { ...process.env, GRAPH_URL: graph.url, SLI_TOKEN: "", COUNCIL: CORNWALL, YEAR: "2030" },
    });
    await expect(refused).rejects.toMatchObject({ code: 1, stderr: expect.stringMatching(/^The graph refused: .*\(UNAUTHENTICATED\)/) });
  });
});
