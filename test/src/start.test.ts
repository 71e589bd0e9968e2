import { operation } from "./graph";
import { alive, SERVICES, type Service, type StartedGraph, startLikeNpmStart } from "./processes";

const ENGLAND = operation("england-overview");

interface Answer {
  status: number;
  data?: any;
  errors?: Array<{ extensions?: Record<string, unknown> }>;
}

async function ask(url: string, query: string): Promise<Answer> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
  return { status: response.status, ...((await response.json()) as object) };
}

/** Polls until `done` (every 50 ms): the time it took, in ms. */
async function timeUntil(done: () => Promise<boolean>, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await done().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`not done within ${timeoutMs} ms`);
}

/** The whole graph answers: corporate's councils with children's and adults' fields, and no error. */
async function wholeAnswer(url: string): Promise<boolean> {
  const answer = await ask(url, '{ council(code: "E06000052") { name childrensSupportLevel cqcRating2010 } }');
  return answer.status === 200 && !answer.errors && answer.data?.council?.childrensSupportLevel === "UNIVERSAL" && answer.data.council.cqcRating2010 === "ADEQUATE";
}

describe("npm start (scripts/start.js and its supervisor)", () => {
  let graph: StartedGraph | undefined;
  const recovery: Partial<Record<Service, number>> = {};

  beforeAll(async () => {
    // No reuse of public answers: the in-flight answers below must be computed, not cached.
    graph = await startLikeNpmStart({ PUBLIC_CACHE_SECONDS: "0" });
  });
  afterAll(() => {
    graph?.cleanUp();
    if (Object.keys(recovery).length) console.log(`kill -9 recovery (ms until whole answers again): ${JSON.stringify(recovery)}`);
  });

  it("starts all four processes and prints the gateway's URL", async () => {
    const line = await graph!.waitForLine(/Gateway: http:\/\/localhost:\d+\/graphql/);
    expect(line).toContain(`http://localhost:${graph!.ports.gateway}/graphql`);
    const answer = await ask(graph!.url, "{ councils { code } }");
    expect(answer.data.councils).toHaveLength(353);
    for (const service of SERVICES) expect(alive(graph!.pidOf(service))).toBe(true);
  });

  it.each(["corporate", "gateway"] as const)("restarts the %s after kill -9, answering whole again within 10 s with no manual step", async (service) => {
    const before = graph!.pidOf(service);
    const restarts = () => (graph!.output.join("").match(new RegExp(`\\[${service}\\]\\s+started`, "g")) ?? []).length;
    const startsBefore = restarts();
    process.kill(before, "SIGKILL");
    const took = await timeUntil(async () => restarts() > startsBefore && (await wholeAnswer(graph!.url)));
    recovery[service] = took;
    expect(took).toBeLessThan(10_000);
    await graph!.waitForLine(new RegExp(`${service} stopped unexpectedly \\(SIGKILL\\)`));
    await graph!.waitForLine(new RegExp(`Restarting ${service} in`));
    expect(graph!.pidOf(service)).not.toBe(before);
  });

  it("on SIGTERM stops the gateway first, so that answers in flight finish whole, then the subgraphs", async () => {
    const pids = Object.fromEntries(SERVICES.map((service) => [service, graph!.pidOf(service)]));
    const exited = new Promise<number | null>((resolve) => graph!.supervisor.once("exit", (code) => resolve(code)));
    let signalledAt = Infinity;
    const inFlight = Array.from({ length: 6 }, () => ask(graph!.url, ENGLAND).then((answer) => ({ answer, at: Date.now() })));
    await new Promise((resolve) => setTimeout(resolve, 150));
    signalledAt = Date.now();
    graph!.supervisor.kill("SIGTERM");
    const answers = await Promise.all(inFlight);
    // At least one was still being answered when the signal came; every one is whole.
    expect(answers.some(({ at }) => at > signalledAt)).toBe(true);
    for (const { answer } of answers) {
      expect(answer.status).toBe(200);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.councils).toHaveLength(353);
      expect(answer.data.councils.find((council: any) => council.code === "E06000052")).toMatchObject({ childrensSupportLevel: "UNIVERSAL" });
    }
    expect(await exited).toBe(0);
    const text = graph!.output.join("");
    expect(text.indexOf("Stopping gateway")).toBeGreaterThan(-1);
    expect(text.indexOf("Stopping gateway")).toBeLessThan(text.indexOf("Stopping corporate, children, adults"));
    for (const service of SERVICES) expect(alive(pids[service])).toBe(false);
    for (const service of SERVICES) await expect(fetch(`http://127.0.0.1:${graph!.ports[service]}/health/live`)).rejects.toThrow();
  });
});
