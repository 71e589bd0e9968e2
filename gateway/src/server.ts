import "reflect-metadata";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import responseCachePlugin from "@apollo/server-plugin-response-cache";
import {
  type Board,
  type Config,
  createLogger,
  createMetrics,
  demandModelOf,
  errorMaskingPlugin,
  type Logger,
  MAX_HEADER_BYTES,
  operationLimits,
  refuseLongUrls,
  requestBodyErrors,
  requestIdFrom,
  tokenVerifier,
} from "@sli/shared";
import cors from "cors";
import express, { type ErrorRequestHandler } from "express";
import { parse } from "graphql";
import { Counter, Histogram } from "prom-client";
import { clientMistakeStatusPlugin, formatGatewayError, httpError } from "./gateway-errors";
import { mountDashboard } from "./dashboard";
import { explorerRouter, linkingToExplorer } from "./explorer";
import { SUPERGRAPH_FILE } from "./paths";
import { safelist } from "./safelist";
import { forApolloGateway } from "./supergraph";
import { type GatewayContext, SubgraphDataSource } from "./subgraph-datasource";
import { keepAliveFetcher } from "./subgraph-fetcher";
import { deduplicated } from "./deduplication";
import { gatewayReadiness } from "./readiness";
import { PassThroughGateway, SingleFetchPassThrough } from "./single-fetch";
import { answerCurrentIntrospection, truthfulOperationRules } from "./truthful-operations";

export type { GatewayContext };

export interface GatewayOptions {
  config: Config;
  /** The composed supergraph; the checked-in file by default. */
  supergraphSdl?: string;
  /** Where each subgraph listens, by name; the configuration's by default. */
  subgraphUrls?: Partial<Record<Board, string>>;
  /** Answer one-fetch plans with the subgraph's data as it comes (single-fetch.ts); on unless false (tests compare both). */
  singleFetchPassThrough?: boolean;
}

export interface GatewayServer {
  apollo: ApolloServer<GatewayContext>;
  app: express.Express;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}


const anonymous = (request: { http?: { headers: Map<string, string> } }) => !request.http?.headers.get("authorization");

/**
 * Public answers reused for a few seconds: only for callers without a token,
 * whose answers hold public data only, and only as long as every subgraph
 * asked said its part may be reused (each marks anonymous answers with
 * max-age = PUBLIC_CACHE_SECONDS and any other answer no-store). Answers with
 * errors are never stored. An answer to a caller with a token is never stored
 * and says `no-store`, so no shared cache in front of the gateway keeps it.
 */
function publicResponseCache(seconds: number): ApolloServerPlugin<GatewayContext>[] {
  const privateAnswers: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (!anonymous(request)) response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
  if (seconds === 0) return [privateAnswers];
  return [
    responseCachePlugin<GatewayContext>({
      sessionId: async () => null,
      shouldReadFromCache: async ({ request }) => anonymous(request),
      shouldWriteToCache: async ({ request }) => anonymous(request),
    }),
    privateAnswers,
  ];
}

/**
 * The gateway: Apollo Server over @apollo/gateway serving the checked-in
 * supergraph, with operation limits, masked errors, CSRF prevention, CORS,
 * subgraph timeouts and partial answers, health, metrics, APQ and an optional
 * safelist. Nothing listens until `listen`.
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const { config } = options;
  const settings = config.gateway;
  const log: Logger = createLogger("gateway", config.logLevel, config.logFormat);
  const subgraphUrls: Record<string, string> = { ...config.subgraphUrls, ...options.subgraphUrls };
  const supergraphSdl = forApolloGateway(options.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_FILE, "utf8"));
  const { fetcher, close: closeConnections } = deduplicated(keepAliveFetcher(settings.subgraphTimeoutMs));

  const verifyToken = tokenVerifier(config);
  const metrics = createMetrics("gateway");
  const fetchMetrics = {
    duration: new Histogram({
      name: "subgraph_fetch_duration_seconds",
      help: "The gateway's fetches from each subgraph, by outcome (ok, errors, unavailable)",
      labelNames: ["subgraph", "outcome"] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [metrics.registry],
    }),
    errors: new Counter({
      name: "subgraph_fetch_errors_total",
      help: "Subgraph fetches that failed or timed out",
      labelNames: ["subgraph"] as const,
      registers: [metrics.registry],
    }),
  };

  const passedThrough = new Counter({
    name: "gateway_passed_through_total",
    help: "Answers to one-fetch queries given with the subgraph's data as it came (single-fetch.ts)",
    registers: [metrics.registry],
  });
  const passThrough = options.singleFetchPassThrough === false ? undefined : new SingleFetchPassThrough(() => passedThrough.inc());
  const gateway = new PassThroughGateway(
    {
      supergraphSdl,
      buildService: ({ name, url }) => new SubgraphDataSource(name, subgraphUrls[name] ?? url!, fetcher, fetchMetrics, passThrough),
      logger: log,
      experimental_didResolveQueryPlan: passThrough?.didResolveQueryPlan,
    },
    passThrough,
  );
  answerCurrentIntrospection(gateway);

  const app = express();
  app.disable("x-powered-by");
  // Room for a long GET query string, so that our limits (not Node's 16 KB header cap) answer it.
  const httpServer = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  httpServer.keepAliveTimeout = 65_000;

  // Demand control counts from the supergraph's @listSize and @cost (the API schema drops them).
  const limits = operationLimits(settings.limits, { production: config.production, demand: demandModelOf(parse(supergraphSdl)) });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    validationRules: [...limits.validationRules, ...truthfulOperationRules(supergraphSdl)],
    parseOptions: limits.parseOptions,
    formatError: formatGatewayError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : linkingToExplorer(ApolloServerPluginLandingPageLocalDefault({ footer: false })),
      ...limits.plugins,
      metrics.plugin,
      errorMaskingPlugin({ production: config.production, log }),
      clientMistakeStatusPlugin,
      ...publicResponseCache(settings.publicCacheSeconds),
    ],
  });
  await apollo.start();

  app.get("/health/live", (_req, res) => {
    res.json({ status: "live", service: "gateway" });
  });
  app.get("/health/ready", async (_req, res) => {
    const { ready, body } = await gatewayReadiness(fetcher, subgraphUrls);
    res.status(ready ? 200 : 503).json(body);
  });
  app.get("/metrics", metrics.handler);
  mountDashboard(app, config);
  // The self-hosted explorer reads the schema by introspection: where that is off (production's default), there is none.
  if (settings.introspection) app.use("/graphiql", explorerRouter(config.production));

  // Anything else failing before GraphQL (the toolkit's handler answers the body's own refusals) is logged and masked.
  const unexpectedErrors: ErrorRequestHandler = (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    log.error({ err: error }, "request failed before GraphQL");
    res.status(500).json(httpError("Internal server error", "INTERNAL_SERVER_ERROR"));
  };

  app.use(
    "/graphql",
    cors({
      origin: settings.corsOrigins === "*" ? true : settings.corsOrigins,
      allowedHeaders: ["content-type", "authorization", "apollo-require-preflight", "x-apollo-operation-name", "x-request-id"],
      exposedHeaders: ["x-request-id"],
      maxAge: 600,
    }),
    refuseLongUrls(settings.limits.bodyBytes),
    express.json({ limit: settings.limits.bodyBytes, type: ["application/json", "application/graphql-response+json"] }),
    ...(settings.safelistFile ? [safelist(settings.safelistFile)] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const given = req.header("x-request-id");
        const authorization = req.header("authorization") || undefined;
        // Refused at the edge (401) as well as in each subgraph: a bad token never reaches a board's data.
        const viewer = await verifyToken(authorization);
        return { requestId: requestIdFrom(given), authorization, viewer };
      },
    }),
    requestBodyErrors(settings.limits.bodyBytes),
    unexpectedErrors,
  );

  let stopped = false;
  return {
    apollo,
    app,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host === "0.0.0.0" ? "localhost" : host}:${address.port}/graphql`);
        });
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      closeConnections();
    },
  };
}
