/// <reference lib="dom" />
// (the page functions below run in the browser)
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { type RunningGraph, startGraph } from "./graph";

/**
 * The self-hosted explorer (/graphiql) in a real browser with every host but
 * this machine unreachable, as on a locked-down council network: the schema
 * loads, an operation runs, and a token typed into the headers editor
 * changes the answer. No request to another host is even attempted.
 */
const SCREENSHOTS = path.resolve(__dirname, "../screenshots");
const DOCS_SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");

let browser: Browser;
let graph: RunningGraph;
let origin: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  graph = await startGraph("sqlite");
  origin = new URL(graph.url).origin;
});
afterAll(async () => {
  await browser?.close();
  await graph?.stop();
});

/** Sets a GraphiQL editor's text (CodeMirror 5 keeps its instance on its element). */
async function type(page: Page, editor: string, text: string): Promise<void> {
  await page.$eval(`${editor} .CodeMirror`, (element, value) => (element as unknown as { CodeMirror: { setValue(v: string): void } }).CodeMirror.setValue(value), text);
}

/** Writes an operation into the query editor, once GraphiQL has read its name (its tab shows it). */
async function write(page: Page, operation: string, name: string): Promise<void> {
  await type(page, ".graphiql-query-editor", operation);
  await page.waitForFunction((wanted) => [...document.querySelectorAll(".graphiql-tab")].some((tab) => tab.textContent?.trim() === wanted), name);
}

/** Runs the operation in the editor: answers the graph's answer, once the result pane shows it. */
async function run(page: Page): Promise<any> {
  const answered = page.waitForResponse((response) => response.url() === `${origin}/graphql` && response.request().method() === "POST" && !response.request().postData()?.includes("IntrospectionQuery"));
  await page.click(".graphiql-execute-button");
  const answer = await (await answered).json();
  await page.waitForFunction((expected) => {
    const shown = (document.querySelector(".result-window .CodeMirror") as unknown as { CodeMirror: { getValue(): string } } | null)?.CodeMirror.getValue();
    try {
      return shown !== undefined && JSON.stringify(JSON.parse(shown)) === expected;
    } catch {
      return false;
    }
  }, JSON.stringify(answer));
  return answer;
}

describe("the explorer at /graphiql, with every other host unreachable", () => {
  it("loads the schema, runs a query, and answers differently with a token in the headers", async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const elsewhere: string[] = [];
    await context.route("**/*", (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname === "127.0.0.1" || hostname === "localhost") return route.continue();
      elsewhere.push(route.request().url());
      return route.abort("internetdisconnected");
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    try {
      const introspected = page.waitForResponse((response) => response.url() === `${origin}/graphql` && Boolean(response.request().postData()?.includes("IntrospectionQuery")));
      await page.goto(`${origin}/graphiql`);
      const schema = await (await introspected).json();
      expect(schema.data.__schema.queryType.name).toBe("Query");

      // The explorer plugin lists the schema's root fields once it has loaded.
      await page.click('button[aria-label="Show GraphiQL Explorer"]');
      await page.waitForSelector(".graphiql-explorer-root");
      await page.waitForFunction(() => document.querySelector(".graphiql-explorer-root")?.textContent?.includes("regions"));

      await write(page, "query Regions { regions { code name } }", "Regions");
      const regions = await run(page);
      expect(regions.data.regions).toHaveLength(9);
      expect(regions.data.regions).toEqual((await graph.query("{ regions { code name } }")).data!.regions);

      await write(page, "query WhoAmI { me { authenticated roles } }", "WhoAmI");
      const anonymous = await run(page);
      expect(anonymous).toEqual({ data: { me: { authenticated: false, roles: [] } } });
      const token = await graph.token({ sub: "explorer-test", name: "Explorer test", roles: ["LGA_OFFICER"] });
      await page.click('button:has-text("Headers")');
      await type(page, ".graphiql-editor-tool .graphiql-editor:not(.hidden)", JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2));
      expect((await run(page)).data.me).toEqual({ authenticated: true, roles: ["LGA_OFFICER"] });

      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, "explorer.png");
      await write(page, "query SignedIn {\n  me {\n    name\n    roles\n  }\n  regions {\n    code\n    name\n  }\n}\n", "SignedIn");
      expect((await run(page)).data.me.name).toBe("Explorer test");
      await page.screenshot({ path: file });
      if (process.env.UPDATE_DOCS_SCREENSHOTS === "1") fs.copyFileSync(file, path.join(DOCS_SCREENSHOTS, "explorer.png"));

      expect(elsewhere).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("is linked from the landing page at /graphql outside production", async () => {
    const page = await fetch(graph.url, { headers: { accept: "text/html" } });
    const html = await page.text();
    expect(html).toContain('<a href="/graphiql">');
    const explorer = await fetch(`${origin}/graphiql`);
    expect(explorer.status).toBe(200);
    expect(explorer.headers.get("content-security-policy")).toContain("connect-src 'self'");
  });
});
