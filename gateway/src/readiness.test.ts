import http from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "@sli/shared";
import { healthUrlOf } from "./readiness";
import { createGatewayServer } from "./server";

/** A stand-in subgraph that answers its own readiness with `status` at `prefix`/health/ready. */
async function standIn(status: number, prefix = ""): Promise<{ url: string; asked: string[]; close(): void }> {
  const asked: string[] = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url ?? "");
    res.writeHead(req.url === `${prefix}/health/ready` ? status : 404, { "content-type": "application/json" });
    res.end(JSON.stringify({ status: status === 200 ? "ready" : "not ready" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}/graphql`, asked, close: () => server.close() };
}

describe("the gateway's readiness", () => {
  it("finds each subgraph's health URL beside its GraphQL path", () => {
    expect(healthUrlOf("http://127.0.0.1:4001/graphql")).toBe("http://127.0.0.1:4001/health/ready");
    expect(healthUrlOf("https://corporate.internal/api/graphql/?x=1")).toBe("https://corporate.internal/api/health/ready");
    expect(healthUrlOf("http://adults:8080/")).toBe("http://adults:8080/health/ready");
  });

  it("is 200 only when every subgraph says it is ready, otherwise 503 naming the ones that are not", async () => {
    const corporate = await standIn(200);
    const children = await standIn(503, "/children"); // its database does not answer
    const adults = await standIn(200);
    const gateway = await createGatewayServer({
      config: loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent" }),
      subgraphUrls: { corporate: corporate.url, children: children.url, adults: adults.url },
    });
    const url = (await gateway.listen(0)).replace("/graphql", "/health/ready");
    try {
      const notReady = await fetch(url);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({
        status: "not ready",
        subgraphs: { corporate: "ready", children: "not ready", adults: "ready" },
        failing: ["children"],
      });
      expect(children.asked).toContain("/children/health/ready");

      adults.close(); // gone altogether
      const gone = await fetch(url);
      expect(gone.status).toBe(503);
      expect(await gone.json()).toMatchObject({ subgraphs: { adults: "unreachable" }, failing: ["children", "adults"] });
    } finally {
      await gateway.stop();
      corporate.close();
      children.close();
      adults.close();
    }
  });
});
