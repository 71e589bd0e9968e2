#!/usr/bin/env node
// `npm run token -- --role PRINCIPAL_ADVISER --region E12000008 [--council E06000052] [--scope corporate:write] [--name "…"]`
// prints a development token (HS256 with JWT_SECRET) to paste into the explorer's (/graphiql) or Sandbox's
// Authorization header. Repeat --role, --region and --scope for several. Refused in production.
"use strict";
const { parseArgs } = require("node:util");
const { loadConfig, readDotEnv, signDevelopmentToken, viewerFromClaims, ROLES } = require("../shared/dist");

const usage = `usage: npm run token -- --role ROLE [--role ROLE] [--region E1200000N] [--council GSS] [--scope board:write] [--name NAME] [--subject ID] [--expires 12h]
--expires: at most JWT_MAX_LIFETIME_SECONDS (24h by default); servers refuse longer-lived tokens
roles: ${ROLES.join(", ")}`;

(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: "string", multiple: true },
        region: { type: "string", multiple: true },
        council: { type: "string" },
        scope: { type: "string", multiple: true },
        name: { type: "string" },
        subject: { type: "string" },
        expires: { type: "string", default: "12h" },
        help: { type: "boolean" },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  if (values.help || !values.role?.length) {
    console.error(usage);
    process.exit(values.help ? 0 : 2);
  }
  readDotEnv(); // the same JWT_SECRET the servers read from .env
  const config = loadConfig();
  if (config.production) {
    console.error("npm run token issues development tokens only, and refuses to run in production.");
    process.exit(1);
  }
  const roles = values.role.map((role) => role.toUpperCase());
  const claims = {
    sub: values.subject ?? `dev-${roles[0].toLowerCase()}-${Date.now().toString(36)}`,
    name: values.name ?? `Development ${roles.join(" and ").toLowerCase().replace(/_/g, " ")}`,
    roles,
    ...(values.region ? { regions: values.region } : {}),
    ...(values.council ? { council: values.council } : {}),
    ...(values.scope ? { scopes: values.scope } : {}),
  };
  try {
    viewerFromClaims(claims); // the same checks a server makes, before printing a token it would refuse
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
  console.log(await signDevelopmentToken(config, claims, values.expires));
})().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
