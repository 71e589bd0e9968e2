import fs from "node:fs";
import path from "node:path";
import { createAdultsServer } from "@sli/adults";
import { createChildrenServer } from "@sli/children";
import { createCorporateServer } from "@sli/corporate";
import { createGatewayServer, type GatewayServer } from "@sli/gateway";
import { type Config, signDevelopmentToken, type SubgraphServer, type TokenClaims } from "@sli/shared";
import { type DatabaseKind, type GraphQLAnswer, removeTestDatabases, testConfig } from "@sli/shared/testing";

export const OPERATIONS_DIR = path.resolve(__dirname, "../operations");

/** The shared operations by file name (without .graphql). */
export function operation(name: string): string {
  return fs.readFileSync(path.join(OPERATIONS_DIR, `${name}.graphql`), "utf8");
}

export interface RunningGraph {
  config: Config;
  subgraphs: {
    corporate: SubgraphServer<any>;
    children: SubgraphServer<any>;
    adults: SubgraphServer<any>;
  };
  gateway: GatewayServer;
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** Each subgraph's GraphQL endpoint. */
  subgraphUrls: Record<"corporate" | "children" | "adults", string>;
  /** Sends an operation to the gateway, with `Authorization: Bearer <token>` when a token is given. */
  query<TData = Record<string, any>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<TData>>;
  /** A development token for the graph's configuration. */
  token(claims: TokenClaims): Promise<string>;
  stop(): Promise<void>;
}

/** The three subgraphs and the gateway, each on a free port, over databases of the run's own. */
export async function startGraph(kind: DatabaseKind, env: NodeJS.ProcessEnv = {}): Promise<RunningGraph> {
  const config = testConfig(kind, env);
  const started: Array<{ stop(): Promise<void> }> = [];
  try {
    const corporate = await createCorporateServer(config);
    started.push(corporate);
    const children = await createChildrenServer(config);
    started.push(children);
    const adults = await createAdultsServer(config);
    started.push(adults);
    const subgraphUrls = {
      corporate: await corporate.listen(0),
      children: await children.listen(0),
      adults: await adults.listen(0),
    };
    const gateway = await createGatewayServer({ config, subgraphUrls });
    started.push(gateway);
    const url = await gateway.listen(0);
    return {
      config,
      subgraphs: { corporate, children, adults },
      gateway,
      url,
      subgraphUrls,
      token: (claims) => signDevelopmentToken(config, claims),
      query: async (query, variables, token) => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as GraphQLAnswer<any>;
      },
      stop: async () => {
        for (const server of started.reverse()) await server.stop();
        await removeTestDatabases(config);
      },
    };
  } catch (error) {
    for (const server of started.reverse()) await server.stop();
    await removeTestDatabases(config);
    throw error;
  }
}

type AnswerError = { path?: ReadonlyArray<string | number>; extensions?: Record<string, unknown> };

/**
 * `graph.query` sends no token, and `concerns` is confidential by contract:
 * anonymous callers get null there with UNAUTHENTICATED and the rest intact.
 * Every other error is unexpected; this answers those (undefined when none).
 */
export function unexpected<E extends AnswerError>(errors: E[] | undefined): E[] | undefined {
  const rest = (errors ?? []).filter((error) => !(error.extensions?.code === "UNAUTHENTICATED" && error.path?.at(-1) === "concerns"));
  return rest.length ? rest : undefined;
}
