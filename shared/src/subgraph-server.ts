import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLSchema } from "graphql";
import type { Board, Config } from "./config";
import { createRequestContext, type RequestContext, type RequestDetails } from "./context";
import { deadlineErrorsOncePlugin } from "./deadline";
import { type BoardDatabase, databaseAnswers } from "./database";
import type { Logger } from "./logger";
import { errorMaskingPlugin } from "./error-masking";
import { createMetrics } from "./metrics";
import { demandModelOf } from "./demand-control";
import { MAX_HEADER_BYTES, operationLimits, refuseLongUrls, requestBodyErrors, subgraphLimits } from "./limits";
import { tokenVerifier } from "./tokens";
import { Gauge } from "prom-client";

/**
 * Answers to anonymous callers hold public data only: an error-free query
 * answer to one may be reused for `seconds` (the gateway caches it); any other
 * answer says `no-store`, so nothing that depends on who asks is ever marked
 * reusable. Every field of this graph has the same policy, so the header is
 * set here once per answer instead of by Apollo's cache-control plugin, which
 * works out a hint for every field of every answer.
 */
function publicAnswerCaching(seconds: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response, operation }) {
          const reusable =
            seconds > 0 &&
            !contextValue.viewer.authenticated &&
            operation?.operation === "query" &&
            response.body.kind === "single" &&
            !response.body.singleResult.errors;
          response.http.headers.set("cache-control", reusable ? `max-age=${seconds}, public` : "no-store");
        },
      };
    },
  };
}

export interface SubgraphServer<TContext extends RequestContext> {
  board: Board;
  apollo: ApolloServer<TContext>;
  app: express.Express;
  database: BoardDatabase;
  /** The per-request context, with fresh loaders: also what tests hand to `executeOperation`. */
  createContext(details?: RequestDetails): TContext;
  /** Listens on `port` (0 for any free port) and answers the URL of its GraphQL endpoint. */
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface SubgraphServerOptions<TContext extends RequestContext> {
  board: Board;
  config: Config;
  schema: GraphQLSchema;
  database: BoardDatabase;
  log: Logger;
  /** Adds the subgraph's loaders to the shared request context. */
  createContext(base: RequestContext, database: BoardDatabase): TContext;
}

/**
 * One subgraph's HTTP server: `/graphql` (Apollo Server), `/health/live` and
 * `/health/ready` (the database answers), `/metrics` (requests, SQL
 * statements, pool). Each request is logged at debug level with its request id.
 */
export async function createSubgraphServer<TContext extends RequestContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<SubgraphServer<TContext>> {
  const { board, config, schema, database, log } = options;
  const app = express();
  app.disable("x-powered-by");
  // Above Node's 16 KB so that an oversized token is refused in words (tokens.ts: 431, UNAUTHENTICATED), as at the gateway.
  const httpServer = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app);
  httpServer.keepAliveTimeout = 65_000;

  // Every subgraph verifies the caller's token itself: it never trusts a header that says who the caller is.
  const verifyToken = tokenVerifier(config);
  const createContext = (details?: RequestDetails) =>
    options.createContext(createRequestContext(log, {
        timeoutMs: config.subgraphExecutionTimeoutMs,
        answerObjects: config.gateway.limits.answerObjects,
        ...details,
      }), database);

  const metrics = createMetrics(board);
  new Gauge({
    name: "sql_statements_total",
    help: "SQL statements run since start",
    registers: [metrics.registry],
    collect() {
      this.set(database.statements.total);
    },
  });
  new Gauge({
    name: "db_pool_connections",
    help: "Database connections by state (MySQL pool; SQLite has one)",
    labelNames: ["state"] as const,
    registers: [metrics.registry],
    collect() {
      // mysql2's pools keep these counts in fields of their own: one pool, or one per node with replicas.
      type Pool = Record<string, { length: number } | undefined>;
      const driver = database.dataSource.driver as { pool?: Pool; poolCluster?: { _nodes?: Record<string, { pool?: Pool }> } };
      const pools = driver.pool ? [driver.pool] : Object.values(driver.poolCluster?._nodes ?? {}).flatMap((node) => (node.pool ? [node.pool] : []));
      if (pools.length || driver.poolCluster) {
        const total = (field: string) => pools.reduce((sum, pool) => sum + (pool[field]?.length ?? 0), 0);
        this.set({ state: "open" }, total("_allConnections"));
        this.set({ state: "idle" }, total("_freeConnections"));
        this.set({ state: "waiting" }, total("_connectionQueue"));
      } else {
        this.set({ state: "open" }, database.dataSource.isInitialized ? 1 : 0);
      }
    },
  });

  // A subgraph reached directly is no softer than the gateway: the same limits, cost counted from its own @listSize and @cost.
  const limits = subgraphLimits(config.gateway.limits);
  const guard = operationLimits(limits, { production: config.production, demand: demandModelOf(schema), entities: true });
  const apollo = new ApolloServer<TContext>({
    schema,
    validationRules: guard.validationRules,
    parseOptions: guard.parseOptions,
    // As at the gateway: off in production unless configured on (Rover's `_service { sdl }` is unaffected).
    introspection: config.gateway.introspection,
    includeStacktraceInErrorResponses: !config.production,
    hideSchemaDetailsFromClientErrors: config.production,
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
      publicAnswerCaching(config.gateway.publicCacheSeconds),
      metrics.plugin,
      errorMaskingPlugin({ production: config.production, log }),
      deadlineErrorsOncePlugin,
      ...guard.plugins,
    ],
  });
  await apollo.start();

  app.get("/health/live", (_req, res) => {
    res.json({ status: "live", service: board });
  });
  app.get("/metrics", metrics.handler);
  app.get("/health/ready", async (_req, res) => {
    const ready = await databaseAnswers(database.dataSource, 2000);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", service: board, database: ready });
  });
  app.use(
    "/graphql",
    // The gateway fetches with POST: a GET's URL gets the gateway's own limit.
    refuseLongUrls(config.gateway.limits.bodyBytes),
    express.json({ limit: limits.bodyBytes }),
    (req, res, next) => {
      const started = process.hrtime.bigint();
      res.on("finish", () => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log.debug({ requestId: res.locals.requestId, status: res.statusCode, ms }, "request");
      });
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.header("x-request-id") ?? undefined;
        const viewer = await verifyToken(req.header("authorization"));
        const context = createContext({ requestId, viewer });
        res.locals.requestId = context.requestId;
        // A caller that hangs up (the gateway gave up on this fetch) stops the work done for it.
        res.once("close", () => {
          if (!res.writableFinished) context.deadline.abort();
        });
        return context;
      },
    }),
  );
  app.use("/graphql", requestBodyErrors(limits.bodyBytes));

  let stopped = false;
  return {
    board,
    apollo,
    app,
    database,
    createContext,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          resolve(`http://${host}:${address.port}/graphql`);
        });
      }),
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await database.dataSource.destroy();
    },
  };
}
