import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "./logger";

const INTERNAL = "INTERNAL_SERVER_ERROR";

/**
 * Logs every error with the request id, and in production masks internal
 * errors: the caller gets "Internal server error" and the request id to quote,
 * never a stack trace, SQL text or an internal message. Errors the domain
 * raised (they carry a contract code) pass through unchanged.
 */
export function errorMaskingPlugin(options: { production: boolean; log: Logger }): ApolloServerPlugin<{ requestId: string }> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === INTERNAL) options.log.error({ requestId: contextValue.requestId, err: error.originalError ?? error }, "internal error");
            else options.log.debug({ requestId: contextValue.requestId, code, message: error.message }, "request refused");
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set("x-request-id", contextValue.requestId);
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const code = error.extensions?.code;
            if (code && code !== INTERNAL) return error;
            if (!options.production) return { ...error, extensions: { ...error.extensions, requestId: contextValue.requestId } };
            return {
              message: `Internal server error (request ${contextValue.requestId})`,
              ...(error.path ? { path: error.path } : {}),
              extensions: { code: INTERNAL, requestId: contextValue.requestId },
            };
          });
        },
      };
    },
  };
}
