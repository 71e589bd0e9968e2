import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import type { RequestHandler } from "express";
import { collectDefaultMetrics, Counter, Histogram, Registry } from "prom-client";

const LATENCY_BUCKETS = [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 200;

/** One process's Prometheus metrics: made per server, so servers sharing a process (tests) keep theirs apart. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<"operation" | "outcome">;
  requestDuration: Histogram<"operation" | "outcome">;
  /** Apollo plugin recording each GraphQL request by operation name and outcome. */
  plugin: ApolloServerPlugin<any>;
  /** `GET /metrics`. */
  handler: RequestHandler;
}

export type Outcome = "ok" | "partial" | "error";

export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: "graphql_requests_total",
    help: "GraphQL requests by operation name and outcome (ok, partial: data with errors, error)",
    labelNames: ["operation", "outcome"] as const,
    registers: [registry],
  });
  const requestDuration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "GraphQL request latency by operation name and outcome",
    labelNames: ["operation", "outcome"] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  // Operation names come from clients: bound the label's cardinality.
  const seen = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return "anonymous";
    if (!OPERATION_NAME.test(name)) return "invalid";
    if (seen.has(name)) return name;
    if (seen.size >= MAX_OPERATION_NAMES) return "other";
    seen.add(name);
    return name;
  };

  const plugin: ApolloServerPlugin<any> = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext: GraphQLRequestContext<any>) {
          const { response } = requestContext;
          const body = response.body;
          const result = body?.kind === "single" ? body.singleResult : undefined;
          const outcome: Outcome = !result?.errors?.length ? "ok" : result.data ? "partial" : "error";
          const labels = { operation: operationLabel(requestContext.operationName ?? requestContext.request.operationName), outcome };
          requests.inc(labels);
          requestDuration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };

  const handler: RequestHandler = async (_req, res) => {
    res.setHeader("content-type", registry.contentType);
    res.send(await registry.metrics());
  };

  return { registry, requests, requestDuration, plugin, handler };
}
