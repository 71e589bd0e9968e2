import http from "node:http";
import https from "node:https";
import type { Fetcher } from "@apollo/utils.fetcher";
import fetch from "node-fetch";

/**
 * Subgraph requests over kept-alive connections: a supergraph query fans out
 * to three services, and a fresh TCP handshake per fetch would dominate.
 */
export function keepAliveFetcher(): { fetcher: Fetcher; close(): void } {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 128, maxFreeSockets: 32, keepAliveMsecs: 10_000 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 128, maxFreeSockets: 32, keepAliveMsecs: 10_000 });
  const fetcher = ((url: string, init?: Parameters<typeof fetch>[1]) =>
    fetch(url, { ...init, agent: (parsed: URL) => (parsed.protocol === "https:" ? httpsAgent : httpAgent) })) as unknown as Fetcher;
  return {
    fetcher,
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
