import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function waitForLine(child: ChildProcess, pattern: RegExp, output: string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in:\n${output.join("")}`)), timeoutMs);
    const check = () => {
      const line = output.join("").split("\n").find((text) => pattern.test(text));
      if (line) {
        clearTimeout(timer);
        resolve(line);
      }
    };
    child.stdout!.on("data", check);
    child.stderr!.on("data", check);
    child.once("exit", () => {
      clearTimeout(timer);
      reject(new Error(`exited before a line matching ${pattern}:\n${output.join("")}`));
    });
  });
}

describe("npm start (scripts/start.js)", () => {
  let dataDir: string;
  let child: ChildProcess | undefined;
  const output: string[] = [];

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-start-"));
  });
  afterAll(() => {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("starts all four processes, prints the gateway's URL, reports a crash by name and stops all on one Ctrl-C", async () => {
    const [gateway, corporate, children, adults] = [await freePort(), await freePort(), await freePort(), await freePort()];
    child = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "development",
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        GATEWAY_PORT: String(gateway),
        CORPORATE_PORT: String(corporate),
        CHILDREN_PORT: String(children),
        ADULTS_PORT: String(adults),
        LOG_LEVEL: "warn",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (chunk) => output.push(String(chunk)));
    child.stderr!.on("data", (chunk) => output.push(String(chunk)));

    const ready = await waitForLine(child, /Gateway: http:\/\/localhost:\d+\/graphql/, output);
    expect(ready).toContain(`http://localhost:${gateway}/graphql`);
    const response = await fetch(`http://localhost:${gateway}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ councils { code } }" }),
    });
    const body = (await response.json()) as { data: { councils: unknown[] } };
    expect(body.data.councils).toHaveLength(353);

    // A subgraph that dies is named, and the others stay up.
    const corporatePid = findPid(output, "corporate");
    expect(corporatePid).toBeGreaterThan(0);
    process.kill(corporatePid!, "SIGKILL");
    await waitForLine(child, /corporate stopped unexpectedly \(SIGKILL\)/, output);
    expect((await fetch(`http://127.0.0.1:${children}/health/live`)).status).toBe(200);
    const readiness = await fetch(`http://127.0.0.1:${gateway}/health/ready`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toMatchObject({ failing: ["corporate"] });

    const exited = new Promise<number | null>((resolve) => child!.once("exit", (code) => resolve(code)));
    child.kill("SIGINT");
    await exited;
    for (const port of [gateway, children, adults]) {
      await expect(fetch(`http://127.0.0.1:${port}/health/live`)).rejects.toThrow();
    }
  });
});

/** The pid the start script printed for a service. */
function findPid(output: string[], service: string): number | undefined {
  const match = new RegExp(`\\[${service}\\]\\s+started \\(pid (\\d+)`).exec(output.join(""));
  return match ? Number(match[1]) : undefined;
}
