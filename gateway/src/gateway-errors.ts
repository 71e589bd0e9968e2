import type { GraphQLFormattedError } from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { ErrorCode } from "@sli/shared";

// graphql-js spells it "more that" in 16.x.
const TOKEN_LIMIT = /Document contains more tha[nt] \d+ tokens/;
/** Client mistakes that Apollo reports without a contract code. */
const CLIENT_MISTAKES = [/^provided sha does not match query$/, /^Unknown operation named/, /^Must provide (an )?operation/];

/**
 * Gives every error one of the contract's codes: limit refusals become
 * OPERATION_LIMIT (Apollo labels them validation or parse failures), and
 * Apollo's BAD_REQUEST (malformed HTTP requests, CSRF refusals) becomes
 * BAD_USER_INPUT, except a batch, which is a limit; so does Apollo's
 * OPERATION_RESOLUTION_FAILURE (an operation name the document lacks).
 */
export function formatGatewayError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions ?? {};
  let code = extensions.code as string | undefined;
  if (extensions.limit || TOKEN_LIMIT.test(formatted.message)) code = ErrorCode.OPERATION_LIMIT;
  else if (code === "BAD_REQUEST") code = /batch/i.test(formatted.message) ? ErrorCode.OPERATION_LIMIT : ErrorCode.BAD_USER_INPUT;
  else if (code === "OPERATION_RESOLUTION_FAILURE") code = ErrorCode.BAD_USER_INPUT;
  else if (CLIENT_MISTAKES.some((pattern) => pattern.test(formatted.message))) code = ErrorCode.BAD_USER_INPUT;
  return code === extensions.code ? formatted : { ...formatted, extensions: { ...extensions, code } };
}

/** A JSON error answer for refusals made before Apollo sees the request (body size, JSON syntax, safelist). */
export function httpError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.OPERATION_LIMIT,
]);

/**
 * A client's mistake is never a 500: where the gateway's executor throws for
 * one (an operation name the document lacks), the answer becomes a 400.
 */
export const clientMistakeStatusPlugin: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        if (body?.kind !== "single" || !body.singleResult.errors?.length || body.singleResult.data) return;
        const allClient = body.singleResult.errors.every((error) => CLIENT_CODES.has(String(error.extensions?.code)));
        const status = response.http.status ?? 200;
        // 503 is the admission queue's "busy, try again" (shared/src/admission.ts), not a server fault to recast.
        if (allClient && status >= 500 && status !== 503) response.http.status = 400;
      },
    };
  },
};
