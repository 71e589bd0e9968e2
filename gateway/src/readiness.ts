import type { Fetcher } from "@apollo/utils.fetcher";

/**
 * Where a subgraph says whether it is ready, from where it answers GraphQL:
 * its `/health/ready` beside the `/graphql` path (`http://host:4001/graphql`
 * → `http://host:4001/health/ready`; `…/api/graphql` → `…/api/health/ready`).
 */
export function healthUrlOf(graphqlUrl: string): string {
  const url = new URL(graphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, "").replace(/\/$/, "")}/health/ready`;
  url.search = "";
  url.hash = "";
  return url.toString();
}

/** One subgraph as the gateway's readiness sees it. */
export type SubgraphReadiness = "ready" | "not ready" | "unreachable";

export interface GatewayReadiness {
  ready: boolean;
  body: { status: "ready" | "not ready"; subgraphs: Record<string, SubgraphReadiness>; failing: string[] };
}

/**
 * The gateway is ready only when every subgraph is: each is asked its own
 * `/health/ready` (200 when its database answers), so a board whose database
 * is unreachable makes the gateway not ready too, named in `failing`.
 */
export async function gatewayReadiness(fetcher: Fetcher, subgraphUrls: Record<string, string>, timeoutMs = 2000): Promise<GatewayReadiness> {
  const checks = await Promise.all(
    Object.entries(subgraphUrls).map(async ([name, url]): Promise<[string, SubgraphReadiness]> => {
      try {
        const response = await fetcher(healthUrlOf(url), { method: "GET", signal: AbortSignal.timeout(timeoutMs) } as never);
        await response.text(); // read to the end, so that the kept-alive connection is reused
        return [name, response.status === 200 ? "ready" : "not ready"];
      } catch {
        return [name, "unreachable"];
      }
    }),
  );
  const failing = checks.filter(([, state]) => state !== "ready").map(([name]) => name);
  return {
    ready: failing.length === 0,
    body: { status: failing.length ? "not ready" : "ready", subgraphs: Object.fromEntries(checks), failing },
  };
}
