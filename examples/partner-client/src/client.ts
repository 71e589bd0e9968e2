import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";

/** An error the graph answered: its message, with the code from the contract (UNAUTHENTICATED, FORBIDDEN, CONFLICT…). */
export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly path: ReadonlyArray<string | number> | undefined,
  ) {
    super(code ? `${message} (${code})` : message);
    this.name = "GraphError";
  }
}

/**
 * A minimal typed client: sends a generated document (src/generated, from
 * `npm run codegen`) to the gateway with `Authorization: Bearer <token>`,
 * and answers the operation's own result type. Any error in the answer is
 * thrown, since a partner system should not act on half an answer.
 */
export class GraphClient {
  constructor(
    private readonly url: string,
    private readonly token?: string,
  ) {}

  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
  ): Promise<TResult> {
    const response = await fetch(this.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/graphql-response+json, application/json",
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const answer = (await response.json()) as {
      data?: TResult | null;
      errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } }>;
    };
    const [first] = answer.errors ?? [];
    if (first) throw new GraphError(first.message, first.extensions?.code, first.path);
    if (!answer.data) throw new GraphError(`The graph answered ${response.status} without data`, undefined, undefined);
    return answer.data;
  }
}
