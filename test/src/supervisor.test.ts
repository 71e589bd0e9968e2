import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./processes";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createSupervisor } = require("../../scripts/supervisor.js");

/** A service that answers /health/live, then crashes after `lifeMs` (0: never). */
const SERVICE = `
const http = require("node:http");
const server = http.createServer((req, res) => res.end("live")).listen(Number(process.env.PORT), "127.0.0.1");
const life = Number(process.env.LIFE_MS);
if (life) setTimeout(() => process.exit(3), life);
process.once("SIGTERM", () => server.close(() => process.exit(0)));
`;

describe("the supervisor (scripts/supervisor.js)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-supervisor-"));
    fs.writeFileSync(path.join(dir, "service.js"), SERVICE);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("restarts a crashing service with back-off, and gives up after repeated crashes in the window, saying so", async () => {
    const lines: string[] = [];
    const port = await freePort();
    const supervisor = createSupervisor({
      root: dir,
      env: { ...process.env, PORT: String(port), LIFE_MS: "300" },
      services: [{ name: "flaky", entry: "service.js", port, stage: 0 }],
      crashLimit: 3,
      crashWindowMs: 60_000,
      backoffMs: 50,
      log: (line: string) => lines.push(line),
      warn: (line: string) => lines.push(line),
    });
    const gaveUp = new Promise<string>((resolve) => supervisor.onGiveUp((service: { name: string }) => resolve(service.name)));
    await supervisor.start();
    expect(await gaveUp).toBe("flaky");
    await supervisor.stop();
    const text = lines.join("\n");
    expect(text.match(/\[flaky\]\s+started/g)).toHaveLength(3);
    expect(text).toContain("Restarting flaky in 0.05 s (crash 1 of 3 allowed in 60 s)");
    expect(text).toContain("Restarting flaky in 0.10 s (crash 2 of 3 allowed in 60 s)");
    expect(text).toContain("flaky crashed 3 times in 60 s: giving up on it");
  });
});
