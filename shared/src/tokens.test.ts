import { loadConfig } from "./config";
import { signTestToken } from "./testing";
import { CLOCK_SKEW_SECONDS, MAX_AUTHORIZATION_BYTES, signDevelopmentToken, tokenVerifier } from "./tokens";

const HOUR = 3600;
const YEAR = 365 * 24 * HOUR;

describe("token verification: lifetime, clocks and size", () => {
  const config = loadConfig({ NODE_ENV: "test" });
  const verify = tokenVerifier(config);
  const refusal = async (authorization: string) => {
    try {
      await verify(authorization);
    } catch (error) {
      const extensions = (error as { extensions: { code: string; http: { status: number } } }).extensions;
      return { code: extensions.code, status: extensions.http.status, message: (error as Error).message };
    }
    return "accepted";
  };
  const bearer = (token: string) => `Bearer ${token}`;

  it("accepts a token of an hour, and one issued a little ahead of our clock", async () => {
    expect(await refusal(bearer(await signTestToken(config, { iat: 0, exp: HOUR })))).toBe("accepted");
    expect(await refusal(bearer(await signTestToken(config, { iat: 30, exp: HOUR })))).toBe("accepted");
    expect(await refusal(bearer(await signTestToken(config, { exp: HOUR })))).toBe("accepted");
  });

  it.each([
    ["no exp", { iat: 0 }, /no expiry/],
    ["exp beyond the maximum lifetime", { iat: 0, exp: 2 * 24 * HOUR }, /lives longer than the 86400 s/],
    ["exp beyond the maximum lifetime, without iat", { exp: 30 * 24 * HOUR }, /expires more than 86400 s from now/],
    ["iat a year ahead", { iat: YEAR, exp: YEAR + HOUR }, /issued in the future/],
    ["iat two minutes ahead", { iat: 2 * CLOCK_SKEW_SECONDS, exp: HOUR }, /issued in the future/],
    ["nbf ahead", { iat: 0, nbf: 10 * 60, exp: HOUR }, /not valid yet/],
  ])("refuses a token with %s: 401 UNAUTHENTICATED", async (_name, times, message) => {
    const answer = await refusal(bearer(await signTestToken(config, times)));
    expect(answer).toEqual({ code: "UNAUTHENTICATED", status: 401, message: expect.stringMatching(message) });
  });

  it("refuses an Authorization header over 8 KB with 431 UNAUTHENTICATED, however well signed", async () => {
    const token = await signTestToken(config, { iat: 0, exp: HOUR }, { roles: ["LGA_OFFICER"], padding: "x".repeat(18 * 1024) });
    expect(MAX_AUTHORIZATION_BYTES).toBe(8192);
    expect(await refusal(bearer(token))).toEqual({ code: "UNAUTHENTICATED", status: 431, message: expect.stringMatching(/more than the 8192 allowed/) });
  });

  it("honours JWT_MAX_LIFETIME_SECONDS, and refuses to sign a development token that would outlive it", async () => {
    const short = loadConfig({ NODE_ENV: "test", JWT_MAX_LIFETIME_SECONDS: "600" });
    const claims = { sub: "dev", roles: ["ANALYST" as const] };
    await expect(signDevelopmentToken(short, claims, "12h")).rejects.toThrow(/600 s at most/);
    const token = await signDevelopmentToken(short, claims, "10m");
    await expect(tokenVerifier(short)(bearer(token))).resolves.toMatchObject({ subject: "dev" });
    expect(await refusal(bearer(await signDevelopmentToken(config, claims)))).toBe("accepted");
    expect(() => loadConfig({ JWT_MAX_LIFETIME_SECONDS: "forever" })).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
    expect(() => loadConfig({ JWT_MAX_LIFETIME_SECONDS: "10" })).toThrow(/JWT_MAX_LIFETIME_SECONDS/);
    expect(loadConfig({}).jwtMaxLifetimeSeconds).toBe(86400);
  });
});
