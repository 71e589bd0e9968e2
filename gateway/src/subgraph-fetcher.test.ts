import net from "node:net";
import { deduplicatingFetcher } from "./deduplication";
import { keepAliveFetcher } from "./subgraph-fetcher";

describe("a subgraph fetch that times out", () => {
  it("is abandoned and its connection closed, so the subgraph sees the gateway hang up", async () => {
    const closed: number[] = [];
    let accepted = 0;
    // Accepts and never answers, noting when the gateway closes the connection.
    const silent = net.createServer((socket) => {
      accepted += 1;
      socket.on("data", () => {});
      socket.on("close", () => closed.push(Date.now()));
    });
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(silent.address() as net.AddressInfo).port}/graphql`;
    const { fetcher, close } = keepAliveFetcher(200);
    try {
      for (const fetch of [fetcher, deduplicatingFetcher(fetcher)]) {
        const started = Date.now();
        const request = { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ regions { code } }" }) };
        await expect(fetch(url, request)).rejects.toMatchObject({ name: "AbortError" });
        expect(Date.now() - started).toBeLessThan(2000);
        await new Promise((resolve) => setTimeout(resolve, 100));
        expect(closed).toHaveLength(accepted);
      }
      expect(accepted).toBe(2);
    } finally {
      close();
      silent.close();
    }
  });
});
