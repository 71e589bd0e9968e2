import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from "@apollo/gateway";
import { GraphQLDataSourceRequestKind } from "@apollo/gateway/dist/datasources/types";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { ErrorCode, type Viewer } from "@sli/shared";
import { GraphQLError } from "graphql";
import type { Counter, Histogram } from "prom-client";
import type { Fetcher } from "@apollo/utils.fetcher";
import type { SingleFetchPassThrough } from "./single-fetch";

export interface GatewayContext {
  requestId: string;
  /** The caller's verified `Authorization` header, forwarded as is: each subgraph verifies it again. */
  authorization?: string;
  viewer: Viewer;
}

export interface SubgraphFetchMetrics {
  duration: Histogram<"subgraph" | "outcome">;
  errors: Counter<"subgraph">;
}

/**
 * One subgraph as the gateway calls it: the request id travels with every
 * fetch, each fetch is timed, and a subgraph that is down or too slow becomes
 * an error naming it (SUBGRAPH_UNAVAILABLE) while the other boards' data is
 * still answered.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    fetcher: Fetcher,
    private readonly metrics: SubgraphFetchMetrics,
    private readonly passThrough?: SingleFetchPassThrough,
  ) {
    super({ url, fetcher });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context?.requestId) request.http?.headers.set("x-request-id", context.requestId);
    if (context?.authorization) request.http?.headers.set("authorization", context.authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // An answer the single-fetch fast path already has (one with errors, or none): the same, not a second request.
    const fetched = options.kind === GraphQLDataSourceRequestKind.INCOMING_OPERATION ? this.passThrough?.takeFetched(options.context, this.serviceName) : undefined;
    if (fetched) {
      if ("error" in fetched) throw fetched.error;
      return fetched.response;
    }
    const timer = this.metrics.duration.startTimer({ subgraph: this.serviceName });
    try {
      const response = await super.process(options);
      timer({ outcome: response.errors?.length ? "errors" : "ok" });
      return response;
    } catch (error) {
      const refusal = refusalFrom(error);
      if (refusal) {
        // The subgraph answered, refusing the request in words (a value its scalars reject, say): its reason, not "unavailable".
        timer({ outcome: "errors" });
        return refusal;
      }
      timer({ outcome: "unavailable" });
      this.metrics.errors.inc({ subgraph: this.serviceName });
      const timedOut = (error as Error)?.name === "AbortError" || /timeout|aborted/i.test(String((error as Error)?.message));
      throw new GraphQLError(
        `The ${this.serviceName} service ${timedOut ? "did not answer in time" : "is unavailable"}: its data is missing from this answer`,
        { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, serviceName: this.serviceName } },
      );
    }
  }
}

/**
 * A subgraph's 4xx answer that is a GraphQL response (Apollo Server answers
 * 400 when a variable does not coerce): @apollo/gateway throws on any non-2xx,
 * which would tell the client the service is down when it said why it
 * refused. 5xx and answers that are not GraphQL stay unavailability.
 */
function refusalFrom(error: unknown): GatewayGraphQLResponse | undefined {
  const response = (error as GraphQLError | undefined)?.extensions?.response as { status?: number; body?: unknown } | undefined;
  if (!response || typeof response.status !== "number" || response.status < 400 || response.status >= 500) return undefined;
  const body = response.body as { errors?: unknown; data?: unknown } | undefined;
  if (!body || typeof body !== "object" || !Array.isArray(body.errors) || body.errors.length === 0) return undefined;
  return { errors: body.errors, data: (body.data as GatewayGraphQLResponse["data"]) ?? null };
}
