import http from "node:http";
import https from "node:https";
import type { Fetcher } from "@apollo/utils.fetcher";
import fetch from "node-fetch";

/**
 * Subgraph requests over kept-alive connections (a supergraph query fans out
 * to three services, and a fresh TCP handshake per fetch would dominate), each
 * abandoned after `timeoutMs` so a slow subgraph cannot hold a request forever.
 */
export function keepAliveFetcher(timeoutMs: number): { fetcher: Fetcher; close(): void } {
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 128, maxFreeSockets: 32, keepAliveMsecs: 10_000 });
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 128, maxFreeSockets: 32, keepAliveMsecs: 10_000 });
  const fetcher = ((url: string, init: Record<string, unknown> = {}) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const given = init.signal as AbortSignal | undefined;
    const signal = given ? AbortSignal.any([given, timeout]) : timeout;
    return fetch(url, {
      ...init,
      signal: signal as never,
      agent: (parsed: URL) => (parsed.protocol === "https:" ? httpsAgent : httpAgent),
    });
  }) as unknown as Fetcher;
  return {
    fetcher,
    close: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
