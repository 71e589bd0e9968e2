import fs from "node:fs";
import path from "node:path";
import { type Config, isCouncilCode, isRegionCode, ROLES, type Role, signDevelopmentToken, type TokenClaims, viewerFromClaims } from "@sli/shared";
import express from "express";
import { GATEWAY_DIR } from "./paths";

/** Where `npm run build` puts the bundled dashboard (gateway/dashboard/build.js). */
export const DASHBOARD_BUILD_DIR = path.join(GATEWAY_DIR, "dist", "dashboard-client");

/**
 * The dashboards' pages may run only the gateway's own script and read only
 * the gateway's own endpoint; Observable Plot writes inline styles into its SVG.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

const securityHeaders: express.RequestHandler = (_req, res, next) => {
  res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Frame-Options", "DENY");
  next();
};

/** The client's views: national (/), a region, a council, the watchlist (of a region), the good practice library, sign-in. */
const VIEWS = /^\/(?:(?:region|council|watchlist)(?:\/[A-Za-z0-9]{1,12})?|good-practice|sign-in)?\/?$/;


/**
 * The claims of a development sign-in ("pick a role"): the role, with the
 * region a principal adviser covers or the council an officer belongs to.
 * Answers the problem in words when the choice is incomplete.
 */
export function developmentClaims(query: Record<string, unknown>): TokenClaims | string {
  const role = String(query.role ?? "").toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) return `role must be one of ${ROLES.join(", ")}`;
  const region = query.region === undefined || query.region === "" ? undefined : String(query.region);
  const council = query.council === undefined || query.council === "" ? undefined : String(query.council);
  if (region !== undefined && !isRegionCode(region)) return "region must be an ONS region code (E12000001 to E12000009)";
  if (council !== undefined && !isCouncilCode(council)) return "council must be a GSS council code";
  if (role === "PRINCIPAL_ADVISER" && !region) return "a principal adviser needs the region they cover";
  if (role === "COUNCIL_OFFICER" && !council) return "a council officer needs their council";
  const label = role.toLowerCase().replace(/_/g, " ");
  const claims: TokenClaims = {
    sub: `dashboard-dev-${role.toLowerCase()}${region ? `-${region}` : ""}${council ? `-${council}` : ""}`,
    name: `Development ${label}`,
    roles: [role as Role],
    ...(region ? { regions: [region] } : {}),
    ...(council ? { council } : {}),
  };
  try {
    viewerFromClaims({ ...claims }); // the checks every server makes, before signing a token they would refuse
  } catch (error) {
    return (error as Error).message;
  }
  return claims;
}

/**
 * Board dashboards at /dashboard: the bundled single-page client, which reads
 * everything through /graphql with the viewer's token. Outside production,
 * GET /dashboard/dev-token?role=…&region=…&council=… signs a development token
 * ("pick a role") when DEV_SIGN_IN=true; otherwise, and always in production,
 * that route does not exist.
 */
export function dashboardRouter(config: Config): express.Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  router.use(securityHeaders);

  // Only with an explicit DEV_SIGN_IN=true (which production refuses at start): it signs a token for anyone.
  const developmentSignIn = config.developmentSignIn && !config.production;
  router.get("/settings.json", (_req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json({ developmentSignIn, roles: ROLES });
  });

  if (developmentSignIn) {
    router.get("/dev-token", async (req, res) => {
      res.setHeader("Cache-Control", "no-store");
      const claims = developmentClaims(req.query as Record<string, unknown>);
      if (typeof claims === "string") {
        res.status(400).json({ error: claims });
        return;
      }
      res.json({ token: await signDevelopmentToken(config, claims), claims });
    });
  }

  router.use(
    "/assets",
    express.static(path.join(DASHBOARD_BUILD_DIR, "assets"), { index: false, fallthrough: false, maxAge: config.production ? "1h" : 0 }),
  );

  // The single-page client's views; any other address under /dashboard is a 404.
  router.get(VIEWS, (_req, res) => {
    const page = path.join(DASHBOARD_BUILD_DIR, "index.html");
    if (!fs.existsSync(page)) {
      res.status(503).type("text/plain").send("The dashboard is not built: run npm run build");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(page);
  });
  router.use((_req, res) => {
    res.status(404).type("text/plain").send("No such dashboard page");
  });
  return router;
}

/** Mounts the dashboards on the gateway's app at /dashboard. */
export function mountDashboard(app: express.Express, config: Config): void {
  app.use("/dashboard", dashboardRouter(config));
}
