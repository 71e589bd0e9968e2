import { createRemoteJWKSet, errors as joseErrors, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { Config } from "./config";
import { isCouncilCode, isRegionCode } from "./codes";
import { unauthenticated } from "./errors";
import { ANONYMOUS, ROLES, type Role, type Viewer } from "./viewer";

const SCOPE = /^[a-z]+:(read|write)$/;

/** The claims of the contract: `sub`, `name`, `roles`, `regions`, `council`, `scopes`. */
export interface TokenClaims {
  sub: string;
  name?: string;
  roles: Role[];
  regions?: string[];
  council?: string;
  scopes?: string[];
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

function refused(reason: string): Error {
  const error = unauthenticated(`The token was refused: ${reason}`);
  // Apollo Server answers a context error with this status.
  (error.extensions as Record<string, unknown>).http = { status: 401 };
  return error;
}

/** A verified token's claims as a viewer; claims outside the contract are refused, not ignored. */
export function viewerFromClaims(payload: JWTPayload): Viewer {
  const list = (value: unknown, name: string): string[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) throw refused(`${name} must be a list of strings`);
    return value as string[];
  };
  if (typeof payload.sub !== "string" || !payload.sub) throw refused("it has no subject (sub)");
  const roles = list(payload.roles, "roles");
  const unknownRole = roles.find((role) => !(ROLES as readonly string[]).includes(role));
  if (unknownRole) throw refused(`unknown role ${unknownRole}`);
  const regions = list(payload.regions, "regions");
  if (regions.some((code) => !isRegionCode(code))) throw refused("regions must be ONS region codes");
  const scopes = list(payload.scopes, "scopes");
  if (scopes.some((scope) => !SCOPE.test(scope))) throw refused("scopes look like corporate:write");
  const council = payload.council;
  if (council !== undefined && (typeof council !== "string" || !isCouncilCode(council))) throw refused("council must be a GSS code");
  return {
    authenticated: true,
    subject: payload.sub,
    name: typeof payload.name === "string" ? payload.name : undefined,
    roles: roles as Role[],
    regions,
    council: council as string | undefined,
    scopes,
  };
}

/**
 * Verifies a caller's `Authorization: Bearer` token, as the gateway and every
 * subgraph do for themselves: HS256 with JWT_SECRET, or a JWKS address with
 * issuer and audience checks. No header: the anonymous viewer (the public
 * graph). A header with an expired, badly signed or malformed token:
 * UNAUTHENTICATED, never a quiet fall back to anonymous.
 */
export function tokenVerifier(config: Config): TokenVerifier {
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const checks = { issuer: config.jwtIssuer, audience: config.jwtAudience, clockTolerance: 5 };
  return async (authorization) => {
    if (authorization === undefined || authorization === "") return ANONYMOUS;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw refused("send Authorization: Bearer <JWT>");
    try {
      const { payload } = jwks
        ? await jwtVerify(match[1], jwks, checks)
        : await jwtVerify(match[1], secret!, { ...checks, algorithms: ["HS256"] });
      return viewerFromClaims(payload);
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw refused("it has expired");
      if (error instanceof joseErrors.JWSSignatureVerificationFailed) throw refused("its signature does not verify");
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw refused(`claim ${error.claim} is not accepted`);
      if (error instanceof joseErrors.JOSEError) throw refused("it is not a valid token");
      throw error;
    }
  };
}

/** Signs a development token (HS256 with JWT_SECRET); refused in production. */
export async function signDevelopmentToken(config: Config, claims: TokenClaims, expiresIn = "12h"): Promise<string> {
  if (config.production) throw new Error("Development tokens are not issued in production");
  if (!config.jwtSecret) throw new Error("JWT_SECRET is needed to sign development tokens");
  const { sub, ...rest } = claims;
  const jwt = new SignJWT({ ...rest }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn);
  if (config.jwtIssuer) jwt.setIssuer(config.jwtIssuer);
  if (config.jwtAudience) jwt.setAudience(config.jwtAudience);
  return jwt.sign(new TextEncoder().encode(config.jwtSecret));
}
