// The self-hosted GraphQL explorer at /graphiql: GraphiQL with its explorer
// plugin, bundled at build time (build.js), so that nothing is fetched from
// elsewhere: no CDN, no fonts, no iframe. It reads the schema and runs
// operations on this gateway's own /graphql, with the headers the analyst
// types in the headers editor (Authorization: Bearer <token>).
import { explorerPlugin } from "@graphiql/plugin-explorer";
import { GraphiQL } from "graphiql";
import { createElement } from "react";
import { createRoot } from "react-dom/client";
import "graphiql/style.css";
import "@graphiql/plugin-explorer/style.css";
import "./page.css";

interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** One POST to /graphql with the headers editor's headers; errors come back as GraphQL answers. */
async function fetcher(params: FetcherParams, options?: { headers?: Record<string, string> }): Promise<unknown> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { accept: "application/graphql-response+json, application/json", "content-type": "application/json", ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
}

const DEFAULT_QUERY = `# The sector-led improvement graph, explored on
# this machine: nothing here loads from elsewhere.
#
# Public figures need no token. For the rest, open
# "Headers" below and add
#   {"Authorization": "Bearer <token>"}
# (npm run token -- --help prints a development one).
#
# Ctrl-Enter runs; the Explorer (left) builds by clicking.

query Regions {
  regions {
    code
    name
  }
}
`;

createRoot(document.getElementById("graphiql")!).render(
  createElement(GraphiQL, {
    fetcher: fetcher as never,
    plugins: [explorerPlugin()],
    defaultQuery: DEFAULT_QUERY,
    defaultEditorToolsVisibility: "headers",
    isHeadersEditorEnabled: true,
    // A token pasted here stays in this tab: not written to localStorage.
    shouldPersistHeaders: false,
  }),
);
