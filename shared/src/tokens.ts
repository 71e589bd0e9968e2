import { createRemoteJWKSet, decodeJwt, errors as joseErrors, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { Config } from "./config";
import { isCouncilCode, isRegionCode } from "./codes";
import { unauthenticated } from "./errors";
import { ANONYMOUS, ROLES, type Role, type Viewer } from "./viewer";

const SCOPE = /^[a-z]+:(read|write)$/;

/**
 * The largest `Authorization` header the gateway and every subgraph read, in
 * bytes. Real tokens of this graph are well under 1 KB; 8 KB is what common
 * proxies allow a single header, so a caller refused here would be refused
 * by the first proxy in front of us anyway.
 */
export const MAX_AUTHORIZATION_BYTES = 8 * 1024;

/** How far the issuer's clock may be ahead of ours, for `exp`, `nbf` and `iat`. */
export const CLOCK_SKEW_SECONDS = 60;

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

function refused(reason: string, status = 401): Error {
  const error = unauthenticated(`The token was refused: ${reason}`);
  // Apollo Server answers a context error with this status.
  (error.extensions as Record<string, unknown>).http = { status };
  return error;
}

/**
 * The time claims jose leaves to us: `exp` must be there and within the
 * maximum lifetime, and a token may not say it was issued in the future (a
 * clock far ahead, or a token minted to outlive its bound). jose itself checks
 * `exp` has not passed and `nbf` has (with the same skew).
 */
function checkLifetime(payload: JWTPayload, maxLifetimeSeconds: number, now = Math.floor(Date.now() / 1000)): void {
  const { exp, iat } = payload;
  if (typeof exp !== "number") throw refused("it has no expiry (exp); tokens must expire");
  if (iat !== undefined) {
    if (typeof iat !== "number") throw refused("claim iat must be a number");
    if (iat > now + CLOCK_SKEW_SECONDS) throw refused("it says it was issued in the future (iat)");
    if (exp - iat > maxLifetimeSeconds) throw refused(`it lives longer than the ${maxLifetimeSeconds} s allowed (exp − iat)`);
  }
  // Without iat, or with an iat in the past: never usable for longer than the bound from now.
  if (exp - now > maxLifetimeSeconds + CLOCK_SKEW_SECONDS) throw refused(`it expires more than ${maxLifetimeSeconds} s from now`);
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
 * graph). A header with an expired, badly signed or malformed token, one
 * without `exp` or living longer than JWT_MAX_LIFETIME_SECONDS, or issued or
 * valid only in the future: UNAUTHENTICATED (401), never a quiet fall back to
 * anonymous. A header over MAX_AUTHORIZATION_BYTES: UNAUTHENTICATED with 431,
 * before any parsing.
 */
export function tokenVerifier(config: Config): TokenVerifier {
  const secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
  const jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
  const checks = { issuer: config.jwtIssuer, audience: config.jwtAudience, clockTolerance: CLOCK_SKEW_SECONDS, requiredClaims: ["exp"] };
  return async (authorization) => {
    if (authorization === undefined || authorization === "") return ANONYMOUS;
    const bytes = Buffer.byteLength(authorization);
    if (bytes > MAX_AUTHORIZATION_BYTES) {
      throw refused(`the Authorization header is ${bytes} bytes, more than the ${MAX_AUTHORIZATION_BYTES} allowed`, 431);
    }
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
    if (!match) throw refused("send Authorization: Bearer <JWT>");
    try {
      const { payload } = jwks
        ? await jwtVerify(match[1], jwks, checks)
        : await jwtVerify(match[1], secret!, { ...checks, algorithms: ["HS256"] });
      checkLifetime(payload, config.jwtMaxLifetimeSeconds);
      return viewerFromClaims(payload);
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw refused("it has expired");
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "exp") throw refused("it has no expiry (exp); tokens must expire");
      if (error instanceof joseErrors.JWTClaimValidationFailed && error.claim === "nbf") throw refused("it is not valid yet (nbf)");
      if (error instanceof joseErrors.JWSSignatureVerificationFailed) throw refused("its signature does not verify");
      if (error instanceof joseErrors.JWTClaimValidationFailed) throw refused(`claim ${error.claim} is not accepted`);
      if (error instanceof joseErrors.JOSEError) throw refused("it is not a valid token");
      throw error;
    }
  };
}

/**
 * Signs a development token (HS256 with JWT_SECRET); refused in production,
 * and when it would live longer than JWT_MAX_LIFETIME_SECONDS (no server
 * would accept it).
 */
export async function signDevelopmentToken(config: Config, claims: TokenClaims, expiresIn: string | number = "12h"): Promise<string> {
  if (config.production) throw new Error("Development tokens are not issued in production");
  if (!config.jwtSecret) throw new Error("JWT_SECRET is needed to sign development tokens");
  const { sub, ...rest } = claims;
  const jwt = new SignJWT({ ...rest }).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn);
  if (config.jwtIssuer) jwt.setIssuer(config.jwtIssuer);
  if (config.jwtAudience) jwt.setAudience(config.jwtAudience);
  const token = await jwt.sign(new TextEncoder().encode(config.jwtSecret));
  const { exp, iat } = decodeJwt(token);
  if (exp! - iat! > config.jwtMaxLifetimeSeconds) {
    throw new Error(`A token may live ${config.jwtMaxLifetimeSeconds} s at most (JWT_MAX_LIFETIME_SECONDS); ${expiresIn} is longer`);
  }
  return token;
}
