import "reflect-metadata";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import { type Board, type Config, createLogger, type Logger } from "@sli/shared";
import express from "express";
import type { Fetcher } from "@apollo/utils.fetcher";
import { SUPERGRAPH_FILE } from "./paths";
import { keepAliveFetcher } from "./subgraph-fetcher";

export interface GatewayContext {
  requestId: string;
}

export interface GatewayOptions {
  config: Config;
  /** The composed supergraph; the checked-in file by default. */
  supergraphSdl?: string;
  /** Where each subgraph listens, by name; the configuration's by default. */
  subgraphUrls?: Partial<Record<Board, string>>;
}

export interface GatewayServer {
  apollo: ApolloServer<GatewayContext>;
  app: express.Express;
  listen(port: number, host?: string): Promise<string>;
  stop(): Promise<void>;
}

class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // One request id follows the request through every subgraph's logs.
    if (context?.requestId) request.http?.headers.set("x-request-id", context.requestId);
  }
}

/** Whether a subgraph answers a trivial query within two seconds. */
async function subgraphAnswers(fetcher: Fetcher, url: string): Promise<boolean> {
  try {
    const response = await fetcher(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
      signal: AbortSignal.timeout(2000),
    } as never);
    return response.ok;
  } catch {
    return false;
  }
}

/** The gateway: Apollo Server over @apollo/gateway, serving the checked-in supergraph. */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  const { config } = options;
  const log: Logger = createLogger("gateway", config.logLevel);
  const subgraphUrls: Record<string, string> = { ...config.subgraphUrls, ...options.subgraphUrls };
  const supergraphSdl = options.supergraphSdl ?? fs.readFileSync(SUPERGRAPH_FILE, "utf8");
  const { fetcher, close: closeConnections } = keepAliveFetcher();

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource({ url: subgraphUrls[name] ?? url, fetcher }),
    logger: log,
  });

  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      config.production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false }),
    ],
  });
  await apollo.start();

  app.get("/health/live", (_req, res) => {
    res.json({ status: "live", service: "gateway" });
  });
  app.get("/health/ready", async (_req, res) => {
    const checks = await Promise.all(
      Object.entries(subgraphUrls).map(async ([name, url]) => [name, await subgraphAnswers(fetcher, url)] as const),
    );
    const failing = checks.filter(([, answers]) => !answers).map(([name]) => name);
    res.status(failing.length ? 503 : 200).json({
      status: failing.length ? "not ready" : "ready",
      subgraphs: Object.fromEntries(checks.map(([name, answers]) => [name, answers ? "up" : "down"])),
      failing,
    });
  });
  app.use(
    "/graphql",
    express.json({ limit: "100kb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const given = req.header("x-request-id");
        return { requestId: given && /^[A-Za-z0-9._-]{1,64}$/.test(given) ? given : randomUUID() };
      },
    }),
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
