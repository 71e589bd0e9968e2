import type { AddressInfo } from "node:net";
import { viewerFromClaims } from "@sli/shared";
import { removeTestDatabases, testConfig } from "@sli/shared/testing";
import express from "express";
import { dashboardRouter, developmentClaims } from "./dashboard";

async function serve(production: boolean, developmentSignIn = true): Promise<{ origin: string; close(): Promise<void> }> {
  const base = testConfig("sqlite");
  const config = { ...base, production, developmentSignIn };
  const app = express();
  app.use("/dashboard", dashboardRouter(config));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await removeTestDatabases(base);
    },
  };
}

describe("the dashboard's routes", () => {
  it("signs a development token for a picked role, and says what is missing in words", async () => {
    const { origin, close } = await serve(false);
    try {
      const ok = await fetch(`${origin}/dashboard/dev-token?role=PRINCIPAL_ADVISER&region=E12000008`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("cache-control")).toBe("no-store");
      const body = (await ok.json()) as { token: string; claims: { roles: string[]; regions: string[] } };
      expect(body.token.split(".")).toHaveLength(3);
      expect(body.claims).toMatchObject({ roles: ["PRINCIPAL_ADVISER"], regions: ["E12000008"] });

      const missing = await fetch(`${origin}/dashboard/dev-token?role=PRINCIPAL_ADVISER`);
      expect(missing.status).toBe(400);
      expect(await missing.json()).toEqual({ error: "a principal adviser needs the region they cover" });
      const unknown = await fetch(`${origin}/dashboard/dev-token?role=SUPERUSER`);
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as { error: string }).error).toMatch(/^role must be one of PRINCIPAL_ADVISER/);

      const settings = await fetch(`${origin}/dashboard/settings.json`);
      expect(await settings.json()).toMatchObject({ developmentSignIn: true });
      const page = await fetch(`${origin}/dashboard/region/E12000008`);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
      expect((await fetch(`${origin}/dashboard/nowhere/at/all`)).status).toBe(404);
    } finally {
      await close();
    }
  });

  it("has no development sign-in in production: the route does not exist", async () => {
    const { origin, close } = await serve(true);
    try {
      const response = await fetch(`${origin}/dashboard/dev-token?role=LGA_OFFICER`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toMatch(/eyJ/);
      expect(await (await fetch(`${origin}/dashboard/settings.json`)).json()).toMatchObject({ developmentSignIn: false });
    } finally {
      await close();
    }
  });

  it("has no development sign-in unless DEV_SIGN_IN=true, even outside production", async () => {
    const { origin, close } = await serve(false, false);
    try {
      expect((await fetch(`${origin}/dashboard/dev-token?role=LGA_OFFICER`)).status).toBe(404);
      expect(await (await fetch(`${origin}/dashboard/settings.json`)).json()).toMatchObject({ developmentSignIn: false });
    } finally {
      await close();
    }
  });

  it("makes claims every server accepts, and refuses codes outside the contract", () => {
    const claims = developmentClaims({ role: "council_officer", council: "E06000052" });
    expect(typeof claims).toBe("object");
    expect(viewerFromClaims({ ...(claims as object) })).toMatchObject({ roles: ["COUNCIL_OFFICER"], council: "E06000052" });
    expect(developmentClaims({ role: "COUNCIL_OFFICER" })).toBe("a council officer needs their council");
    expect(developmentClaims({ role: "BOARD_MEMBER", region: "E99" })).toBe("region must be an ONS region code (E12000001 to E12000009)");
    expect(developmentClaims({ role: "BOARD_MEMBER", council: "X" })).toBe("council must be a GSS council code");
  });
});
