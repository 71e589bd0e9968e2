import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** The four services as `npm start` names them. */
export const SERVICES = ["corporate", "children", "adults", "gateway"] as const;
export type Service = (typeof SERVICES)[number];

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `npm start` (scripts/start.js) as a child process on free ports and a data directory of its own, with its output kept. */
export interface StartedGraph {
  supervisor: ChildProcess;
  ports: Record<Service, number>;
  /** The gateway's GraphQL endpoint. */
  url: string;
  output: string[];
  /** Resolves with the first line of output matching `pattern` (already printed, or to come). */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<string>;
  /** The pid the supervisor printed last for a service (it prints one at each start). */
  pidOf(service: Service): number;
  /** Kills the supervisor (if still running) and removes the data directory. */
  cleanUp(): void;
}

export async function startLikeNpmStart(env: NodeJS.ProcessEnv = {}): Promise<StartedGraph> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sli-start-"));
  const ports = { gateway: await freePort(), corporate: await freePort(), children: await freePort(), adults: await freePort() };
  const supervisor = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      GATEWAY_PORT: String(ports.gateway),
      CORPORATE_PORT: String(ports.corporate),
      CHILDREN_PORT: String(ports.children),
      ADULTS_PORT: String(ports.adults),
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  supervisor.stdout!.on("data", (chunk) => output.push(String(chunk)));
  supervisor.stderr!.on("data", (chunk) => output.push(String(chunk)));

  const waitForLine = (pattern: RegExp, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const find = () => output.join("").split("\n").find((text) => pattern.test(text));
      const done = (settle: () => void) => {
        clearTimeout(timer);
        supervisor.stdout!.off("data", check);
        supervisor.stderr!.off("data", check);
        supervisor.off("exit", exited);
        settle();
      };
      const check = () => {
        const line = find();
        if (line) done(() => resolve(line));
      };
      const exited = () => done(() => reject(new Error(`exited before a line matching ${pattern}:\n${output.join("")}`)));
      const timer = setTimeout(() => done(() => reject(new Error(`no line matching ${pattern} in:\n${output.join("")}`))), timeoutMs);
      supervisor.stdout!.on("data", check);
      supervisor.stderr!.on("data", check);
      supervisor.once("exit", exited);
      check();
    });

  const started: StartedGraph = {
    supervisor,
    ports,
    url: `http://127.0.0.1:${ports.gateway}/graphql`,
    output,
    waitForLine,
    pidOf: (service) => {
      const matches = [...output.join("").matchAll(new RegExp(`\\[${service}\\]\\s+started \\(pid (\\d+)`, "g"))];
      if (!matches.length) throw new Error(`no pid printed for ${service}`);
      return Number(matches.at(-1)![1]);
    },
    cleanUp: () => {
      if (supervisor.exitCode === null && supervisor.signalCode === null) supervisor.kill("SIGKILL");
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await waitForLine(/Gateway: http:\/\/localhost:\d+\/graphql/).catch((error) => {
    started.cleanUp();
    throw error;
  });
  return started;
}

/** A process's resident set size in bytes (Linux's /proc; `ps` elsewhere). */
export function residentBytes(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status);
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // not Linux, or gone
  }
  const { execFileSync } = require("node:child_process") as typeof import("node:child_process");
  return Number(execFileSync("ps", ["-o", "rss=", "-p", String(pid)], { encoding: "utf8" }).trim()) * 1024;
}

/** Whether a process of that pid is alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
