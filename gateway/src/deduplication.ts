import type { Fetcher, FetcherRequestInit } from "@apollo/utils.fetcher";
import { Response } from "node-fetch";

/** A subgraph answer read once and handed to every caller that asked the same thing. */
interface SharedAnswer {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

/** Headers that identify one gateway request and never change what a subgraph answers. */
const PER_REQUEST_HEADERS = new Set(["x-request-id"]);

/**
 * A subgraph query the gateway planned: `RemoteGraphQLDataSource` sends
 * `{"query":"…",…}`, and a query operation starts with `query` or `{`.
 * Mutations, subscriptions, persisted-query hashes and anything else unusual
 * are never shared.
 */
const SHAREABLE_BODY = /^\{"query":"\s*(?:query\b|\{)/;

function headerEntries(headers: FetcherRequestInit["headers"]): Array<[string, string]> {
  return Object.entries(headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]);
}

/**
 * The key under which identical in-flight subgraph queries share one fetch, or
 * undefined when this fetch must go alone. It holds the URL, the body and every
 * header but the request id, so callers whose `Authorization` differs (and who
 * may therefore see different data) never share an answer.
 */
export function deduplicationKey(url: string, init: FetcherRequestInit = {}): string | undefined {
  if ((init.method ?? "GET").toUpperCase() !== "POST") return undefined;
  if (typeof init.body !== "string" || !SHAREABLE_BODY.test(init.body)) return undefined;
  if (init.signal) return undefined; // a caller's own abort must not cancel others
  const headers = headerEntries(init.headers)
    .filter(([name]) => !PER_REQUEST_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([url, headers, init.body]);
}

/**
 * Wraps a fetcher so that identical subgraph queries in flight at the same
 * moment make one request: the first caller fetches, the rest wait for its
 * answer, and each gets a response of its own. Nothing is kept once the answer
 * arrives (no cache): a later identical query fetches afresh.
 */
export function deduplicatingFetcher(fetcher: Fetcher): Fetcher {
  const inFlight = new Map<string, Promise<SharedAnswer>>();
  return (async (url: string, init?: FetcherRequestInit) => {
    const key = deduplicationKey(url, init);
    if (key === undefined) return fetcher(url, init);
    let shared = inFlight.get(key);
    if (!shared) {
      shared = (async () => {
        const response = await fetcher(url, init);
        const headers: Array<[string, string]> = [...response.headers];
        return { status: response.status, statusText: response.statusText, headers, body: await response.text() };
      })();
      inFlight.set(key, shared);
      const forget = () => inFlight.delete(key);
      shared.then(forget, forget);
    }
    const answer = await shared;
    return new Response(answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers, url } as never);
  }) as Fetcher;
}

/** `keepAliveFetcher(...)` with identical in-flight queries shared. */
export function deduplicated<T extends { fetcher: Fetcher }>(fetchers: T): T {
  return { ...fetchers, fetcher: deduplicatingFetcher(fetchers.fetcher) };
}
