import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS, demandModelOf, estimateCost, loadConfig, signDevelopmentToken } from "@sli/shared";
import { forApolloGateway } from "@sli/gateway/dist/supergraph";
import { buildSchema, Kind, type OperationDefinitionNode, parse } from "graphql";
import { alive, residentBytes, SERVICES, type StartedGraph, startLikeNpmStart } from "./processes";

const ENGLAND_OVERVIEW_FIELDS =
  "code name region { code } corporatePeerChallenges { status } childrensSupportLevel safeguardingPeerReviews { status } localAccounts { year } adultsSignOff { status }";

/**
 * The costliest operation the gateway's limits allow, near the demand-control
 * budget: every council with its region's councils (the widest answer a cycle
 * may still give) and the England overview twice over. The first test checks
 * it stays within 10% of the budget as the schema's list sizes change.
 */
export const COSTLIEST_ALLOWED_OPERATION = `query CostliestAllowed {
  everyCouncilWithItsRegion: councils { code name region { code name councils { code name upperTier } } }
  councils { ${ENGLAND_OVERVIEW_FIELDS} }
  again: councils { ${ENGLAND_OVERVIEW_FIELDS} }
}`;

const CLIENTS = 20;
const SOAK_MS = Number(process.env.SOAK_SECONDS || 30) * 1000;
const GATEWAY_RSS_LIMIT = 256 * 1024 * 1024;

describe("soak: 20 clients sending the costliest allowed operation through `npm start`", () => {
  let graph: StartedGraph | undefined;

  it("sends an operation within 10% of the cost budget, and allowed", () => {
    // The supergraph as composed (its @listSize and @cost); its types are the API schema's.
    const sdl = forApolloGateway(fs.readFileSync(path.resolve(__dirname, "../../gateway/supergraph.graphql"), "utf8"));
    const document = parse(COSTLIEST_ALLOWED_OPERATION);
    const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const cost = estimateCost({ schema: buildSchema(sdl), document, operation, model: demandModelOf(parse(sdl)) });
    expect(cost).toBeLessThanOrEqual(DEFAULT_LIMITS.cost);
    expect(cost).toBeGreaterThan(DEFAULT_LIMITS.cost * 0.9);
  });

  beforeAll(async () => {
    // The gateway runs with GATEWAY_NODE_OPTIONS' heap cap, as `npm start` runs it (scripts/gateway-node-options.js).
    graph = await startLikeNpmStart();
  });
  afterAll(() => graph?.cleanUp());

  it(`keeps every process alive and the gateway under 256 MB for ${SOAK_MS / 1000} s`, async () => {
    const pids = Object.fromEntries(SERVICES.map((service) => [service, graph!.pidOf(service)]));
    // A signed-in caller: answers are computed every time (only anonymous answers are reused).
    const token = await signDevelopmentToken(loadConfig({ NODE_ENV: "development", JWT_SECRET: process.env.JWT_SECRET }), { sub: "soak", roles: ["ANALYST"] });
    const body = JSON.stringify({ query: COSTLIEST_ALLOWED_OPERATION });
    const headers = { "content-type": "application/json", authorization: `Bearer ${token}` };

    let peakRss = 0;
    const sample = () => {
      peakRss = Math.max(peakRss, residentBytes(pids.gateway));
    };
    const sampler = setInterval(sample, 250);
    const stopAt = Date.now() + SOAK_MS;
    let requests = 0;
    const failures: string[] = [];
    const client = async () => {
      while (Date.now() < stopAt) {
        try {
          const response = await fetch(graph!.url, { method: "POST", headers, body });
          const answer = (await response.json()) as { data?: { councils?: unknown[] }; errors?: Array<{ message: string }> };
          requests += 1;
          if (response.status !== 200 || answer.errors || answer.data?.councils?.length !== 353) {
            failures.push(`${response.status} ${answer.errors?.map((error) => error.message).join("; ") ?? "incomplete"}`);
          }
        } catch (error) {
          requests += 1;
          failures.push(String(error));
        }
      }
    };
    const started = Date.now();
    try {
      await Promise.all(Array.from({ length: CLIENTS }, client));
    } finally {
      clearInterval(sampler);
    }
    sample();
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `soak: ${requests} requests in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(1)}/s), ${failures.length} errors, gateway peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`,
    );
    expect(requests).toBeGreaterThan(CLIENTS);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(peakRss).toBeLessThan(GATEWAY_RSS_LIMIT);
    for (const service of SERVICES) expect([service, alive(pids[service])]).toEqual([service, true]);
    expect(graph!.output.join("")).not.toMatch(/stopped unexpectedly/);
  });
});
