import fs from "node:fs";
import path from "node:path";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import express from "express";
import { GATEWAY_DIR } from "./paths";

/** Where `npm run build` puts the bundled explorer (gateway/explorer/build.js). */
export const EXPLORER_BUILD_DIR = path.join(GATEWAY_DIR, "dist", "explorer-client");

/**
 * The explorer may load only the gateway's own files and ask only its own
 * /graphql: whatever a network blocks, it works (and nothing it does leaves
 * the machine). GraphiQL sets inline styles and inlines its fonts and icons.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * GraphiQL at /graphiql, with its explorer plugin and headers editor,
 * self-hosted: the page and its bundle come from this gateway, so it works on
 * networks that block Apollo's CDNs (where the Sandbox landing page cannot
 * load). Mounted where introspection is on, since it reads the schema so.
 */
export function explorerRouter(production: boolean): express.Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  router.use((_req, res, next) => {
    res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Frame-Options", "DENY");
    next();
  });
  router.use(
    "/assets",
    express.static(path.join(EXPLORER_BUILD_DIR, "assets"), { index: false, fallthrough: false, maxAge: production ? "1h" : 0 }),
  );
  router.get("/", (_req, res) => {
    const page = path.join(EXPLORER_BUILD_DIR, "index.html");
    if (!fs.existsSync(page)) {
      res.status(503).type("text/plain").send("The explorer is not built: run npm run build");
      return;
    }
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(page);
  });
  router.use((_req, res) => {
    res.status(404).type("text/plain").send("No such explorer page");
  });
  return router;
}

/**
 * Apollo's local landing page (Apollo Sandbox, loaded from Apollo's CDNs),
 * with a line at the top linking to /graphiql: on a network that blocks
 * those hosts Sandbox cannot load, and the link is what still works.
 */
export function linkingToExplorer<C extends BaseContext>(landingPage: ApolloServerPlugin<C>): ApolloServerPlugin<C> {
  return {
    ...landingPage,
    async serverWillStart(service) {
      const listener = await landingPage.serverWillStart?.(service);
      if (!listener?.renderLandingPage) return listener;
      const render = listener.renderLandingPage.bind(listener);
      return {
        ...listener,
        async renderLandingPage() {
          const page = await render();
          const original = page.html;
          return { html: async () => withExplorerLink(typeof original === "string" ? original : await original()) };
        },
      };
    },
  };
}

/** Puts the link first in the page's body, styled with the page's own nonce (its CSP allows nothing else). */
export function withExplorerLink(html: string): string {
  const nonce = /nonce=["']?([0-9a-f]+)/.exec(html)?.[1];
  const style = nonce
    ? `<style nonce="${nonce}">.sli-explorer-link{font:15px/1.4 system-ui,sans-serif;margin:0;padding:8px 16px;background:#fff8d6;border-bottom:1px solid #d6c779}.sli-explorer-link a{color:#0b4f8a;font-weight:600}</style>`
    : "";
  const banner =
    `${style}<p class="sli-explorer-link" id="sli-explorer-link">Offline, or Apollo Sandbox blocked on your network? ` +
    `<a href="/graphiql">Open the explorer on this machine (GraphiQL, /graphiql)</a>: it loads nothing from elsewhere.</p>`;
  return html.replace(/<body>/i, `<body>${banner}`);
}
