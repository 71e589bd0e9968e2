import { GraphQLError } from "graphql";

/** The error codes of the public contract: partner systems branch on these. */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  OPERATION_LIMIT: "OPERATION_LIMIT",
  SUBGRAPH_UNAVAILABLE: "SUBGRAPH_UNAVAILABLE",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

type Details = Record<string, unknown>;

function domainError(code: ErrorCode, message: string, details?: Details): GraphQLError {
  return new GraphQLError(message, { extensions: { ...details, code } });
}

export const badUserInput = (message: string, details?: Details) =>
  domainError(ErrorCode.BAD_USER_INPUT, message, details);
export const notFound = (message: string, details?: Details) => domainError(ErrorCode.NOT_FOUND, message, details);
/** A rule of the domain refused the change; the message says which rule. */
export const conflict = (message: string, details?: Details) => domainError(ErrorCode.CONFLICT, message, details);
export const forbidden = (message: string, details?: Details) => domainError(ErrorCode.FORBIDDEN, message, details);
export const unauthenticated = (message: string, details?: Details) =>
  domainError(ErrorCode.UNAUTHENTICATED, message, details);
