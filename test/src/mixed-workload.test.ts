import path from "node:path";
import fs from "node:fs";
import { buildSchema, parse, validate } from "graphql";
import { startGraph, type RunningGraph } from "./graph";

// The bench's request generator (plain JavaScript, outside the workspaces): not the load, a handful of its requests.
const workload = require(path.resolve(__dirname, "../../bench/mixed-workload.js")) as {
  KINDS: Array<{ kind: string; share: number; write?: boolean }>;
  REFUSAL_CODES: Set<string>;
  mixedRequest(seed: number, index: number, catalogue: Catalogue): MixedRequest;
  mixedRequests(seed: number, count: number, catalogue: Catalogue): MixedRequest[];
  readCatalogue(query: (text: string, variables: Record<string, unknown>, claims: Claims | null) => Promise<unknown>): Promise<Catalogue>;
};
type Claims = Parameters<RunningGraph["token"]>[0];
type Catalogue = { councils: Array<{ code: string; region: string }>; regions: string[]; openConcerns: unknown[]; localAccountDrafts: unknown[] };
type MixedRequest = { kind: string; write: boolean; role: string; claims: Claims | null; query: string; variables: Record<string, unknown> };

const SUPERGRAPH = path.resolve(__dirname, "../../gateway/supergraph.graphql");

describe.each(["sqlite", "mysql"] as const)("the mixed workload's requests on %s", (kind) => {
  let graph: RunningGraph;
  let catalogue: Catalogue;
  const ask = async (request: Pick<MixedRequest, "query" | "variables" | "claims">) =>
    graph.query(request.query, request.variables, request.claims ? await graph.token(request.claims) : undefined);

  beforeAll(async () => {
    graph = await startGraph(kind, { DEMO_DATA: "true" });
    catalogue = await workload.readCatalogue((text, variables, claims) => ask({ query: text, variables, claims }));
  }, 120_000);
  afterAll(() => graph?.stop());

  it("are the same for the same seed, and others for another", async () => {
    const first = workload.mixedRequests(17, 200, catalogue);
    expect(workload.mixedRequests(17, 200, catalogue)).toEqual(first);
    // Request i stands alone: taken out of order it is the same request.
    expect(workload.mixedRequest(17, 150, catalogue)).toEqual(first[150]);
    expect(workload.mixedRequests(18, 200, catalogue)).not.toEqual(first);
    // And the catalogue they are drawn from is the same when read again.
    expect(await workload.readCatalogue((text, variables, claims) => ask({ query: text, variables, claims }))).toEqual(catalogue);
  });

  it("draw every kind, each operation valid against the supergraph", () => {
    const schema = buildSchema(fs.readFileSync(SUPERGRAPH, "utf8"), { assumeValidSDL: true });
    const requests = workload.mixedRequests(17, 1000, catalogue);
    expect(new Set(requests.map((r) => r.kind))).toEqual(new Set(workload.KINDS.map((k) => k.kind)));
    for (const query of new Set(requests.map((r) => r.query))) expect(validate(schema, parse(query)).map((e) => e.message)).toEqual([]);
  });

  it("reads answer with data, and every write is accepted by the rules", async () => {
    const requests = workload.mixedRequests(17, 1000, catalogue);
    // Two of each kind, through the real graph.
    const sample = workload.KINDS.flatMap((k) => requests.filter((r) => r.kind === k.kind).slice(0, 2));
    for (const request of sample) {
      const answer = await ask(request);
      const codes = (answer.errors ?? []).map((e) => String(e.extensions?.code));
      if (request.write) expect({ kind: request.kind, errors: answer.errors }).toEqual({ kind: request.kind, errors: undefined });
      // A read may carry the rules' own refusals (an anonymous caller's confidential fields), nothing else.
      else expect({ kind: request.kind, codes: codes.filter((code) => !workload.REFUSAL_CODES.has(code)) }).toEqual({ kind: request.kind, codes: [] });
      expect(answer.data).toBeTruthy();
    }
  }, 60_000);
});
