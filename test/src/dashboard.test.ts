/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (the page functions below run in the browser)
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LIMITS, demandModelOf, estimateCost } from "@sli/shared";
import { forApolloGateway } from "@sli/gateway/dist/supergraph";
import { buildSchema, Kind, type OperationDefinitionNode, parse } from "graphql";
import { type Browser, chromium, type Page } from "playwright-core";
import { type RunningGraph, startGraph } from "./graph";

/**
 * The board dashboards end to end in a real browser (Debian's chromium,
 * headless): each view against the graph on port 0, the figures shown
 * compared with the API's own answers, and what each role sees.
 * Screenshots go to test/screenshots/ (UPDATE_DOCS_SCREENSHOTS=1 also
 * refreshes the README's, in docs/screenshots/).
 */
const SCREENSHOTS = path.resolve(__dirname, "../screenshots");
const DOCS_SCREENSHOTS = path.resolve(__dirname, "../../docs/screenshots");
const LAPTOP = { width: 1280, height: 900 };
const TABLET = { width: 768, height: 1024 };
const NORTH_WEST = "E12000002";
const CORNWALL = "E06000052";
const SOUTH_WEST = "E12000009";
const SCILLY = "E06000053";

type Rows = string[][];

/** Waits until every section of the view has loaded (or failed), then asserts none failed. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const sections = [...document.querySelectorAll<HTMLElement>("[data-section]")];
      return document.body.dataset.ready === "true" && sections.length > 0 && sections.every((s) => s.dataset.state === "ready" || s.dataset.state === "error");
    },
    null,
    { timeout: 60_000 },
  );
  const failed = await page.$$eval("[data-section][data-state=error]", (sections) => sections.map((s) => `${(s as HTMLElement).dataset.section}: ${s.textContent}`));
  expect(failed).toEqual([]);
  // Charts are drawn on the next animation frame.
  await page.waitForFunction(() => [...document.querySelectorAll("figure[data-chart] .chart")].every((chart) => chart.querySelector("svg")));
}

async function rows(page: Page, table: string): Promise<Rows> {
  return page.$$eval(`[data-table="${table}"] tbody tr`, (trs) => trs.map((tr) => [...tr.children].map((cell) => (cell.textContent ?? "").trim())));
}

async function figure(page: Page, id: string): Promise<{ value: string; note: string }> {
  return page.$eval(`[data-figure="${id}"]`, (tile) => ({
    value: (tile.querySelector("[data-value]")?.textContent ?? "").trim(),
    note: (tile.querySelector(".tile-note")?.textContent ?? "").trim(),
  }));
}

/** RFC 4180 fields, as a spreadsheet reads the download. */
function parseCsv(text: string): Rows {
  const rows: Rows = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") rows.push([...row, field]), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

/**
 * Downloads a chart's table as CSV through its button, as a board member
 * would, and checks it holds exactly the table's header and rows.
 */
async function downloadMatchesTable(page: Page, chart: string): Promise<Rows> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click(`[data-download="${chart}"]`)]);
  expect(download.suggestedFilename()).toBe(`${chart}.csv`);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const csv = parseCsv(text.slice(1));
  const headers = await page.$$eval(`[data-table="${chart}"] thead th`, (ths) => ths.map((th) => (th.textContent ?? "").trim()));
  expect(csv).toEqual([headers, ...(await rows(page, chart))]);
  expect(csv.length).toBeGreaterThan(1);
  return csv;
}

/** Waits until every "last changed" line has its answer, and answers them by what they cover. */
async function lastChangedLines(page: Page): Promise<Array<{ boards: string; at: string; text: string }>> {
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLElement>("[data-last-changed]")].every((line) => line.dataset.at));
  return page.$$eval("[data-last-changed]", (lines) =>
    lines.map((line) => ({ boards: (line as HTMLElement).dataset.lastChanged!, at: (line as HTMLElement).dataset.at!, text: (line.textContent ?? "").trim() })),
  );
}

async function screenshot(page: Page, name: string, docs: boolean): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  expect(fs.statSync(file).size).toBeGreaterThan(10_000);
  if (docs && process.env.UPDATE_DOCS_SCREENSHOTS === "1") {
    fs.mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    fs.copyFileSync(file, path.join(DOCS_SCREENSHOTS, `${name.replace(/^sqlite-/, "")}.png`));
  }
}

let browser: Browser;

/** Every operation the pages sent (name → query and variables), as it went over the wire: held to the cost budget below. */
const sentOperations = new Map<string, { query: string; variables: Record<string, unknown> }>();

function recordOperations(page: Page): void {
  page.on("request", (request) => {
    if (request.method() !== "POST" || !new URL(request.url()).pathname.endsWith("/graphql")) return;
    const body = request.postDataJSON() as { query?: string; variables?: Record<string, unknown> } | null;
    if (!body?.query) return;
    const name = /(?:query|mutation)\s+(\w+)/.exec(body.query)?.[1] ?? body.query.slice(0, 60);
    sentOperations.set(name, { query: body.query, variables: body.variables ?? {} });
  });
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
});
afterAll(async () => {
  await browser?.close();
});

describe.each(["sqlite", "mysql"] as const)("the board dashboards in a browser, over %s", (kind) => {
  let graph: RunningGraph;
  let origin: string;
  const docs = kind === "sqlite";

  beforeAll(async () => {
    graph = await startGraph(kind, { DEV_SIGN_IN: "true" });
    origin = new URL(graph.url).origin;
  });
  afterAll(async () => {
    await graph?.stop();
  });

  /** A page in a fresh browser context (its own sessionStorage), optionally signed in with a token. */
  async function open(pathname: string, viewport = LAPTOP, token?: string): Promise<Page> {
    const context = await browser.newContext({ viewport });
    if (token) await context.addInitScript((value) => sessionStorage.setItem("sli.dashboard.token", value), token);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("close", () => expect(problems).toEqual([]));
    recordOperations(page);
    await page.goto(`${origin}${pathname}`);
    await settled(page);
    return page;
  }

  it("national view, public: each programme's figures as the API answers them, as charts by region", async () => {
    const regions = (await graph.query<{ regions: Array<{ code: string; name: string }> }>("{ regions { code name } }")).data!.regions;
    const api = await graph.query(`{
      corporate: corporatePeerChallengeProgress { deliveredInYear delivered bookedOrDiscussed councilsDelivered published { delivered bookedOrDiscussed } }
      ${regions.map((r) => `${r.code}: corporatePeerChallengeProgress(region: "${r.code}") { delivered bookedOrDiscussed }`).join("\n")}
      leadership: leadershipOfferSummary(financialYear: "2011/12") { councils places publishedCouncils }
      coverage: childrensPeerChallengeCoverage { england { engaged upperTierCouncils completed notYetEngaged } regions { regionCode engaged completed notYetEngaged upperTierCouncils } }
      safeguarding: safeguardingPeerReviewSummary { delivered requested scheduled onSite withdrawn }
      adults: adultsSignOffProgramme { council { name } status missing { requirement } }
      publishedFigures { key value }
    }`);
    expect(api.errors).toBeUndefined();
    const data = api.data!;
    const page = await open("/dashboard");
    try {
      expect(await page.locator("h1").textContent()).toContain("England");
      // Corporate peer challenge: the headline against the published figure, and each region's bars.
      expect(await figure(page, "corporate-delivered")).toEqual({ value: String(data.corporate.deliveredInYear), note: `published: ${data.corporate.published.delivered}` });
      expect((await figure(page, "corporate-booked")).value).toBe(String(data.corporate.bookedOrDiscussed));
      expect(await rows(page, "corporate-by-region")).toEqual(regions.map((r) => [r.name, String(data[r.code].delivered), String(data[r.code].bookedOrDiscussed)]));
      // Leadership offer.
      expect(await figure(page, "leadership-councils")).toEqual({ value: String(data.leadership.councils), note: `published: ${data.leadership.publishedCouncils}` });
      expect((await rows(page, "leadership-by-year"))[0].slice(0, 3)).toEqual(["2011/12", String(data.leadership.councils), String(data.leadership.places)]);
      // Children's peer challenge coverage by region, against 31 December 2012.
      expect((await figure(page, "children-engaged")).value).toBe(`${data.coverage.england.engaged} of ${data.coverage.england.upperTierCouncils}`);
      const coverage = await rows(page, "children-coverage-by-region");
      expect(coverage.map((row) => row.slice(1, 5))).toEqual(
        data.coverage.regions.map((r: Record<string, number>) => [r.upperTierCouncils, r.engaged, r.completed, r.notYetEngaged].map(String)),
      );
      // Safeguarding peer reviews: the summary, and the regions add up to it.
      // The published figures come from the graph's publishedFigures, as any partner reads them.
      const published = new Map<string, string>(data.publishedFigures.map((f: { key: string; value: string }) => [f.key, f.value]));
      expect(await figure(page, "safeguarding-delivered")).toEqual({
        value: String(data.safeguarding.delivered),
        note: `published: ${published.get("childrens_safeguarding_peer_reviews_delivered")} to date (2012)`,
      });
      expect((await figure(page, "adults-councils")).note).toBe(`published: the ${published.get("teasc_adequate_councils")} rated adequate`);
      expect((await figure(page, "adults-recognised")).note).toBe(`published: ${published.get("teasc_adequate_councils_recognised_by_april_2012")} by April 2012`);
      const safeguarding = await rows(page, "safeguarding-by-region");
      const column = (index: number) => safeguarding.reduce((sum, row) => sum + Number(row[index]), 0);
      expect([column(1), column(2), column(3), column(4), column(5)]).toEqual([
        data.safeguarding.delivered,
        data.safeguarding.onSite,
        data.safeguarding.scheduled,
        data.safeguarding.requested,
        data.safeguarding.withdrawn,
      ]);
      // The seven adequate councils' sign-off: status and what each still needs.
      const signOff = await page.$$eval('[data-table="adults-missing"] tbody tr', (trs) =>
        trs.map((tr) => ({ name: tr.querySelector("th a")!.textContent, needs: [...tr.querySelectorAll("[data-requirement]")].map((li) => (li as HTMLElement).dataset.requirement) })),
      );
      expect(signOff).toEqual(data.adults.map((entry: { council: { name: string }; missing: Array<{ requirement: string }> }) => ({ name: entry.council.name, needs: entry.missing.map((m) => m.requirement) })));
      // Every chart is an SVG labelled for assistive technology.
      const labels = await page.$$eval("figure[data-chart] svg[aria-label]", (svgs) => svgs.map((svg) => svg.getAttribute("aria-label")));
      expect(labels.length).toBeGreaterThanOrEqual(6);
      // Every chart and every section says when its records last changed: nothing written yet, so the reference data's date.
      const lines = await lastChangedLines(page);
      expect(lines.length).toBe(labels.length + 5);
      for (const line of lines) expect(line).toMatchObject({ at: "reference", text: "Last changed: not since loading (published reference data, as at April 2012)" });
      // Each chart's table downloads as CSV.
      const csv = await downloadMatchesTable(page, "corporate-by-region");
      expect(csv[0]).toEqual(["Region", "Delivered", "Booked or being discussed"]);
      expect(csv.slice(1).map((row) => row[0])).toEqual(regions.map((r) => r.name));
      await screenshot(page, `${kind}-national`, docs);
      const figureWithTable = page.locator('figure[data-chart="corporate-by-region"]');
      await figureWithTable.locator("summary").click();
      await figureWithTable.screenshot({ path: path.join(SCREENSHOTS, `${kind}-download.png`) });
      if (docs && process.env.UPDATE_DOCS_SCREENSHOTS === "1") fs.copyFileSync(path.join(SCREENSHOTS, `${kind}-download.png`), path.join(DOCS_SCREENSHOTS, "dashboard-download.png"));
    } finally {
      await page.close();
    }
  });

  it("region view for a board member signed in by picking a role: statuses, concern counts, no concern details", async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    recordOperations(page);
    try {
      await page.goto(`${origin}/dashboard/sign-in`);
      await page.waitForSelector('[data-form="dev"]');
      await page.selectOption("#dev-role", "BOARD_MEMBER");
      await page.click('[data-form="dev"] button[type=submit]');
      await page.waitForSelector('[data-viewer-roles="BOARD_MEMBER"]');
      const token = await page.evaluate(() => sessionStorage.getItem("sli.dashboard.token"));
      expect(token).toMatch(/^eyJ/);

      await page.goto(`${origin}/dashboard/region/${NORTH_WEST}`);
      await settled(page);
      const counts = await graph.query(`{ concernCounts(region: "${NORTH_WEST}") { severity count } }`, {}, token!);
      expect(counts.errors).toBeUndefined();
      expect(await rows(page, "concern-counts")).toEqual(counts.data!.concernCounts.map((c: { severity: string; count: number }) => [c.severity.toLowerCase(), String(c.count)]));
      expect(counts.data!.concernCounts.some((c: { count: number }) => c.count > 0)).toBe(true);
      // Details: refused by the API and explained, never shown.
      expect(await page.locator('[data-section="region-concerns"] [data-restricted="FORBIDDEN"]').count()).toBe(1);
      expect(await page.locator('[data-table="concern-details"]').count()).toBe(0);
      const lga = await graph.token({ sub: "test-lga", roles: ["LGA_OFFICER"] });
      const details = await graph.query(`{ region(code: "${NORTH_WEST}") { councils { concerns { summary } } } }`, {}, lga);
      const summaries = details.data!.region.councils.flatMap((c: { concerns: Array<{ summary: string }> }) => c.concerns.map((concern) => concern.summary));
      expect(summaries.length).toBeGreaterThan(0);
      const text = await page.locator("main").innerText();
      for (const summary of summaries) expect(text).not.toContain(summary);

      // Every council with each board's status, as the API answers.
      const overview = await graph.query(
        `query ($code: ID!) { region(code: $code) { principalAdviser { name } councils { name corporatePeerChallenges { status } childrensSupportLevel adultsSignOff { status } } } }`,
        { code: NORTH_WEST },
      );
      const councils = overview.data!.region.councils;
      const shown = await rows(page, "region-councils");
      expect(shown.map((row) => row[0])).toEqual(councils.map((c: { name: string }) => c.name));
      const words = (value: string | undefined | null) => (value ? value.toLowerCase().replace(/_/g, " ") : "—");
      expect(shown.map((row) => [row[2], row[3], row[8]])).toEqual(
        councils.map((c: { corporatePeerChallenges: Array<{ status: string }>; childrensSupportLevel: string | null; adultsSignOff: { status: string } | null }) => [
          words(c.corporatePeerChallenges.at(-1)?.status),
          words(c.childrensSupportLevel),
          words(c.adultsSignOff?.status),
        ]),
      );
      expect(await page.locator("[data-principal-adviser]").textContent()).toBe(overview.data!.region.principalAdviser.name);
      await downloadMatchesTable(page, "region-corporate");
      await screenshot(page, `${kind}-region`, docs);
    } finally {
      await context.close();
    }
  });

  it("region view for the region's principal adviser shows the concerns themselves; anonymous viewers are asked to sign in", async () => {
    const adviser = await graph.token({ sub: "test-pa", name: "Test adviser", roles: ["PRINCIPAL_ADVISER"], regions: [NORTH_WEST] });
    const api = await graph.query(`{ region(code: "${NORTH_WEST}") { councils { concerns { summary } } } }`, {}, adviser);
    expect(api.errors).toBeUndefined();
    const summaries: string[] = api.data!.region.councils.flatMap((c: { concerns: Array<{ summary: string }> }) => c.concerns.map((concern) => concern.summary));
    const page = await open(`/dashboard/region/${NORTH_WEST}`, TABLET, adviser);
    try {
      const shown = await rows(page, "concern-details");
      expect(shown.map((row) => row[4].replace(/\s*demo$/i, ""))).toEqual(summaries);
      expect(await page.locator('[data-section="region-concerns"] [data-restricted]').count()).toBe(0);
    } finally {
      await page.close();
    }
    const anonymous = await open(`/dashboard/region/${NORTH_WEST}`);
    try {
      expect(await anonymous.locator('[data-section="region-concerns"] [data-restricted="UNAUTHENTICATED"]').count()).toBe(2);
      expect(await anonymous.locator('[data-table="region-councils"] tbody tr').count()).toBeGreaterThan(0);
    } finally {
      await anonymous.close();
    }
  });

  it("council view at tablet width: the single view and nearest-neighbour comparisons as the API answers", async () => {
    const api = await graph.query(
      `query ($code: ID!) {
        council(code: $code) { name type region { name } principalAdviser { name } childrensSupportLevel cqcRating2010 nearestNeighbours { rank council { name } } }
        metrics(context: false, board: CORPORATE) { id }
        children: metrics(context: false, board: CHILDREN) { id }
      }`,
      { code: CORNWALL },
    );
    const council = api.data!.council;
    const comparisons = await graph.query(
      `query ($code: ID!) { ${api.data!.metrics.map((m: { id: string }, i: number) => `m${i}: performanceComparison(council: $code, metric: "${m.id}", group: NEAREST_NEIGHBOURS) { reporting position { rank } members { council { name } value } }`).join("\n")} }`,
      { code: CORNWALL },
    );
    expect(comparisons.errors).toBeUndefined();
    const page = await open(`/dashboard/council/${CORNWALL}`, TABLET);
    try {
      expect(await page.locator("h1").textContent()).toBe(council.name);
      expect(await page.locator('[data-fact="region"]').textContent()).toBe(council.region.name);
      expect(await page.locator('[data-fact="principal-adviser"]').textContent()).toBe(council.principalAdviser.name);
      expect(await page.locator('[data-fact="support-level"]').textContent()).toBe(council.childrensSupportLevel.toLowerCase().replace(/_/g, " "));
      expect(await page.locator('[data-fact="cqc-rating"]').textContent()).toBe(council.cqcRating2010.toLowerCase().replace(/_/g, " "));
      // Anonymous: concerns refused by the API, explained.
      expect(await page.locator('[data-section="council-concerns"] [data-restricted="UNAUTHENTICATED"]').count()).toBe(1);
      // One chart per metric, each with the council's rank and its neighbours' values as the API gives them.
      const metrics: Array<{ id: string }> = api.data!.metrics;
      expect(await page.locator('[data-section="council-performance"] figure[data-chart] svg[aria-label]').count()).toBe(metrics.length);
      for (const [index, metric] of metrics.entries()) {
        const comparison = comparisons.data![`m${index}`];
        const note = await page.locator(`[data-position="${metric.id}"]`).textContent();
        expect(note).toContain(`Rank ${comparison.position.rank} of ${comparison.reporting}`);
        const table = await rows(page, `comparison-${metric.id}`);
        expect(table.map((row) => row[0])).toEqual(comparison.members.map((m: { council: { name: string } }) => m.council.name));
      }
      expect(await page.locator('[data-section="council-performance"] [data-board="CORPORATE"]').count()).toBe(metrics.length);
      const csv = await downloadMatchesTable(page, `comparison-${metrics[0].id}`);
      expect(csv.slice(1).map((row) => row[0])).toEqual(comparisons.data!.m0.members.map((m: { council: { name: string } }) => m.council.name));
      // The board picker: the CIB's common data set indicators instead, each marked as the CIB's.
      await page.selectOption("#performance-board", "CHILDREN");
      await page.locator('[data-performance-board="CHILDREN"]').waitFor();
      const children: Array<{ id: string }> = api.data!.children;
      expect(await page.locator('[data-section="council-performance"] figure[data-chart] svg[aria-label]').count()).toBe(children.length);
      expect(await page.locator('[data-section="council-performance"] [data-board="CHILDREN"]').count()).toBe(children.length);
      expect(await page.locator(`[data-position="${children[0].id}"]`).textContent()).toMatch(/CIB Rank \d+ of 16/);
      expect((await rows(page, "nearest-neighbours")).map((row) => [row[0], row[1]])).toEqual(
        council.nearestNeighbours.map((n: { rank: number; council: { name: string } }) => [String(n.rank), n.council.name]),
      );
      // Tablet width: nothing wider than the viewport but the scrollable tables.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, `${kind}-council`, docs);
    } finally {
      await page.close();
    }
  });

  it("good practice library: a search shows the API's ranked items with their sources; drafts only to their readers; more pages on demand", async () => {
    const search = "peer challenge";
    const api = await graph.query(
      `query ($search: String) { goodPractice(search: $search, first: 100) { edges { node { id title board source { __typename } } } } }`,
      { search },
    );
    expect(api.errors).toBeUndefined();
    const expected: Array<{ id: string; title: string; source: { __typename: string } | null }> = api.data!.goodPractice.edges.map((edge: { node: unknown }) => edge.node);
    expect(expected.length).toBeGreaterThan(5);
    const page = await open(`/dashboard/good-practice?search=${encodeURIComponent(search)}`);
    try {
      expect(await page.locator("h1").textContent()).toBe("Good practice library");
      const titles = () => page.$$eval("[data-results] [data-item] h3", (headings) => headings.map((heading) => heading.firstChild?.textContent ?? ""));
      // The first page of twenty, in the API's order; then the next page on "More".
      expect(await titles()).toEqual(expected.slice(0, 20).map((item) => item.title));
      if (expected.length > 20) {
        await page.locator("[data-more]").click();
        await page.waitForFunction((count) => Number(document.querySelector<HTMLElement>("[data-results]")?.dataset.count) === count, expected.length);
      } else {
        expect(await page.locator("[data-more]").count()).toBe(0);
      }
      expect(await titles()).toEqual(expected.map((item) => item.title));
      // Each item's source, as its own board answers it.
      const sources = await page.$$eval("[data-results] [data-item]", (items) => items.map((item) => item.querySelector<HTMLElement>("[data-source]")?.dataset.source ?? null));
      expect(sources).toEqual(expected.map((item) => item.source?.__typename ?? null));
      expect(await page.locator("[data-results] .badge.warn").count()).toBe(0);
      await screenshot(page, `${kind}-good-practice`, docs);
    } finally {
      await page.close();
    }
    // Filtering by board through the form; a CIB officer also sees the CIB's draft.
    const cib = await graph.token({ sub: "dashboard-cib", roles: ["CIB_OFFICER"] });
    const filtered = await open("/dashboard/good-practice", LAPTOP, cib);
    try {
      await filtered.selectOption("#good-practice-board", "CHILDREN");
      await filtered.locator("form[role=search] button[type=submit]").click();
      await filtered.waitForURL(/board=CHILDREN/);
      await settled(filtered);
      const boards = await filtered.$$eval("[data-results] [data-board]", (items) => items.map((item) => (item as HTMLElement).dataset.board));
      expect(boards.length).toBeGreaterThan(0);
      expect(new Set(boards)).toEqual(new Set(["CHILDREN"]));
      expect(await filtered.locator("[data-results] .badge.warn").count()).toBe(1);
    } finally {
      await filtered.close();
    }
  });

  it("says when each figure's records last changed: the time of a board's newest write", async () => {
    const teasc = await graph.token({ sub: "test-teasc", roles: ["TEASC_OFFICER"] });
    const written = await graph.query(`mutation { createLocalAccount(input: { council: "${CORNWALL}", year: 2027, engagement: "Dashboard test" }) { id } }`, {}, teasc);
    expect(written.errors).toBeUndefined();
    const changed = (await graph.query("{ corporateRecordsLastChanged adultsRecordsLastChanged }")).data!;
    const page = await open("/dashboard");
    try {
      const lines = await lastChangedLines(page);
      const adults = lines.filter((line) => line.boards === "adults");
      expect(adults.length).toBe(2); // the section and its chart
      for (const line of adults) expect(line.at).toBe(changed.adultsRecordsLastChanged);
      expect(adults[0].text).toMatch(/^Last changed \d{1,2} \w+ \d{4}/);
      const corporate = lines.filter((line) => line.boards === "corporate");
      for (const line of corporate) expect(line.at).toBe(changed.corporateRecordsLastChanged ?? "reference");
    } finally {
      await page.close();
    }
  });

  it("watchlist for a principal adviser signed in: their regions' councils ranked with every board's signals, linking to the council page; a board member's has no concern signals", async () => {
    const adviser = await graph.token({ sub: "test-pa-sw", name: "Test adviser", roles: ["PRINCIPAL_ADVISER"], regions: [SOUTH_WEST] });
    const raised = await graph.query(
      `mutation ($input: RaiseConcernInput!) { raiseConcern(input: $input) { id } }`,
      {
        input: {
          council: SCILLY,
          summary: "No agreed plan to close the budget gap",
          severity: "SERIOUS",
          sources: ["PERFORMANCE_DATA"],
          evidence: [{ description: "Medium-term financial plan shows an unfunded gap", source: "Council budget report, February 2012" }],
        },
      },
      adviser,
    );
    expect(raised.errors).toBeUndefined();
    const WATCHLIST = `{ watchlist(first: 25) { councils { name region { name } earlyWarning { level signals { kind summary } } } } }`;
    type Watched = { name: string; region: { name: string }; earlyWarning: { level: string; signals: Array<{ kind: string; summary: string }> } };
    const shownAs = (councils: Watched[]) => councils.map((c) => [c.name, c.region.name, c.earlyWarning.level.toLowerCase(), c.earlyWarning.signals.length]);
    const onPage = async (page: Page) =>
      page.$$eval('[data-table="watchlist"] tbody tr', (trs) =>
        trs.map((tr) => [
          (tr.children[0].textContent ?? "").trim(),
          (tr.children[1].textContent ?? "").trim(),
          (tr.children[2].textContent ?? "").trim(),
          tr.querySelectorAll("[data-signal-kind]").length,
        ]),
      );

    // Signed in by picking the role: a principal adviser starts at their watchlist.
    const context = await browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    recordOperations(page);
    try {
      await page.goto(`${origin}/dashboard/sign-in`);
      await page.waitForSelector('[data-form="dev"]');
      await page.selectOption("#dev-role", "PRINCIPAL_ADVISER");
      await page.selectOption("#dev-region", SOUTH_WEST);
      await page.click('[data-form="dev"] button[type=submit]');
      await page.waitForSelector('[data-viewer-roles="PRINCIPAL_ADVISER"]');
      await page.waitForSelector('[data-view="watchlist"]');
      await settled(page);
      expect(new URL(page.url()).pathname).toBe("/dashboard/watchlist");
      const token = await page.evaluate(() => sessionStorage.getItem("sli.dashboard.token"));
      const api = await graph.query(WATCHLIST, {}, token!);
      expect(api.errors).toBeUndefined();
      const councils: Watched[] = api.data!.watchlist.councils;
      expect(await onPage(page)).toEqual(shownAs(councils));
      expect(councils[0]!.name).toBe("Isles of Scilly");
      const first = page.locator('[data-table="watchlist"] tbody tr').first();
      expect(await first.locator('[data-signal-kind="CONCERN_SERIOUS"]').count()).toBe(1);
      expect(await first.locator('[data-signal-board="CHILDREN"]').count()).toBeGreaterThan(0);
      expect(await first.locator('[data-signal-board="ADULTS"]').count()).toBeGreaterThan(0);
      await screenshot(page, `${kind}-watchlist`, docs);
      // Each council links to its page.
      await first.locator("a").click();
      await page.waitForSelector('[data-view="council"]');
      await settled(page);
      expect(new URL(page.url()).pathname).toBe(`/dashboard/council/${SCILLY}`);
      expect(await page.locator("h1").textContent()).toBe("Isles of Scilly");
    } finally {
      await context.close();
    }

    // A board member: the same region, no signal drawn from a concern, ranked as the graph ranks it for them.
    const boardMember = await graph.token({ sub: "test-board", roles: ["BOARD_MEMBER"] });
    const forBoard = await graph.query(WATCHLIST.replace("watchlist(first: 25)", `watchlist(region: "${SOUTH_WEST}", first: 25)`), {}, boardMember);
    expect(forBoard.errors).toBeUndefined();
    const board = await open(`/dashboard/watchlist/${SOUTH_WEST}`, TABLET, boardMember);
    try {
      expect(await onPage(board)).toEqual(shownAs(forBoard.data!.watchlist.councils));
      expect(await board.locator('[data-signal-kind^="CONCERN_"]').count()).toBe(0);
      expect(await board.locator("main").innerText()).not.toContain("budget gap");
      const overflow = await board.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await board.close();
    }
  });

  it("council view of a district follows its county for children's and adult social care", async () => {
    const api = await graph.query(`{ council(code: "E07000008") { county { code name childrensSupportLevel cqcRating2010 } } }`);
    const county = api.data!.council.county;
    expect(county.code).toBe("E10000003");
    const page = await open("/dashboard/council/E07000008");
    try {
      expect(await page.locator('[data-fact="county"]').textContent()).toBe(county.name);
      expect(await page.locator('[data-fact="county"] a').getAttribute("href")).toBe("/dashboard/council/E10000003");
      expect(await page.locator('[data-board="children"] [data-care-by="E10000003"]').count()).toBe(1);
      expect(await page.locator('[data-board="adults"] [data-care-by="E10000003"]').count()).toBe(1);
      expect(await page.locator('[data-fact="support-level"]').textContent()).toBe(county.childrensSupportLevel.toLowerCase().replace(/_/g, " "));
      expect(await page.locator('[data-fact="cqc-rating"]').textContent()).toBe((county.cqcRating2010 ?? "—").toLowerCase().replace(/_/g, " "));
    } finally {
      await page.close();
    }
  });

  it("council view: support in place and one timeline with the viewer's token, confidential parts explained or left out", async () => {
    const adviser = await graph.token({ sub: "test-sw-pa", name: "South West adviser", roles: ["PRINCIPAL_ADVISER"], regions: ["E12000009"] });
    // More events than a page holds: the council asks for support until its timeline runs to a second page.
    const officer = await graph.token({ sub: "test-cornwall", name: "Cornwall officer", roles: ["COUNCIL_OFFICER"], council: CORNWALL });
    const before = await graph.query(`query ($code: ID!) { council(code: $code) { timeline(first: 100) { edges { cursor } } } }`, { code: CORNWALL }, adviser);
    for (let index = before.data!.council.timeline.edges.length; index <= 24; index++) {
      const asked = await graph.query(
        `mutation ($input: RequestSupportInput!) { requestSupport(input: $input) { id } }`,
        { input: { council: CORNWALL, need: `Help with our improvement plan, part ${index}`, board: "CORPORATE", kind: "OTHER", requestedOn: "2012-09-03" } },
        officer,
      );
      expect(asked.errors).toBeUndefined();
    }
    const api = await graph.query(
      `query ($code: ID!) { council(code: $code) {
        supportInPlace { total inPlace awaiting } support { kind status need }
        timeline(first: 20) { edges { node { occurredOn board summary kind } } pageInfo { hasNextPage } }
        more: timeline(first: 40) { edges { node { summary } } }
      } }`,
      { code: CORNWALL },
      adviser,
    );
    expect(api.errors).toBeUndefined();
    const council = api.data!.council;
    expect(council.support.length).toBeGreaterThan(0);
    const page = await open(`/dashboard/council/${CORNWALL}`, LAPTOP, adviser);
    try {
      expect(await page.locator("[data-support-counts]").textContent()).toContain(`${council.supportInPlace.total} support record`);
      const support = await rows(page, "council-support");
      expect(support.map((row) => [row[2], row[3].replace(/\s*demo$/i, "").replace(/ — declined: .*$/, "")])).toEqual(
        council.support.map((each: { status: string; need: string }) => [each.status.toLowerCase().replace(/_/g, " "), each.need]),
      );
      const boards: Record<string, string> = { CORPORATE: "LGA", CHILDREN: "CIB", ADULTS: "TEASC" };
      const timeline = await rows(page, "council-timeline");
      expect(timeline).toEqual(council.timeline.edges.map(({ node }: { node: { occurredOn: string; board: string; summary: string } }) => [node.occurredOn, boards[node.board], node.summary]));
      expect(council.timeline.pageInfo.hasNextPage).toBe(true);
      await page.click("[data-timeline-more]");
      await page.waitForFunction((count) => document.querySelectorAll('[data-table="council-timeline"] tbody tr').length > count, timeline.length);
      expect((await rows(page, "council-timeline")).map((row) => row[2])).toEqual(council.more.edges.map(({ node }: { node: { summary: string } }) => node.summary));
      await screenshot(page, `${kind}-council-support-timeline`, false);
    } finally {
      await page.close();
    }
    const anonymous = await open(`/dashboard/council/${CORNWALL}`);
    try {
      expect(await anonymous.locator('[data-section="council-support"] [data-restricted="UNAUTHENTICATED"]').count()).toBe(1);
      expect(await anonymous.locator("[data-support-counts]").textContent()).toContain(`${council.supportInPlace.total} support record`);
      const shown = await rows(anonymous, "council-timeline");
      expect(shown.length).toBeGreaterThan(0);
      const confidential = council.more.edges.filter(({ node }: { node: { kind: string } }) => /^(CONCERN|SUPPORT)_/.test(node.kind)).map(({ node }: { node: { summary: string } }) => node.summary);
      for (const row of shown) expect(confidential).not.toContain(row[2]);
    } finally {
      await anonymous.close();
    }
  });

  it("region view: support in place counted, as the API answers, for anyone", async () => {
    const api = await graph.query(`{ region(code: "E12000009") { supportInPlace { inPlace awaiting councilsSupported byStatus { status count } byBoard { board count inPlace } } } }`);
    const support = api.data!.region.supportInPlace;
    const page = await open("/dashboard/region/E12000009");
    try {
      expect((await figure(page, "support-in-place")).value).toBe(String(support.inPlace));
      expect((await figure(page, "support-councils")).value).toBe(String(support.councilsSupported));
      expect((await figure(page, "support-awaiting")).value).toBe(String(support.awaiting));
      expect(await rows(page, "region-support-by-status")).toEqual(support.byStatus.map((each: { status: string; count: number }) => [each.status.toLowerCase().replace(/_/g, " "), String(each.count)]));
      expect(await page.locator('figure[data-chart="support-by-board"] svg[aria-label]').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  it("shows a refused token as an error state, and a missing council in words", async () => {
    const page = await open(`/dashboard/council/E06999999`, LAPTOP, "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad-signature");
    try {
      expect(await page.locator("#viewer [role=alert]").textContent()).toContain("refused");
      expect(await page.evaluate(() => sessionStorage.getItem("sli.dashboard.token"))).toBeNull();
      expect(await page.locator('[data-section="council-single-view"] [role=alert]').textContent()).toContain("There is no council E06999999");
    } finally {
      await page.close();
    }
  });
});

describe("what the dashboards send", () => {
  // After the views above have run: the operations their pages really sent, not a copy that could drift.
  it("stays well inside the cost budget, every operation of every view", () => {
    const sdl = forApolloGateway(fs.readFileSync(path.resolve(__dirname, "../../gateway/supergraph.graphql"), "utf8"));
    const schema = buildSchema(sdl);
    const model = demandModelOf(parse(sdl));
    expect(sentOperations.size).toBeGreaterThan(10);
    for (const [name, { query, variables }] of sentOperations) {
      const document = parse(query);
      const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      const cost = estimateCost({ schema, document, operation, variables, model });
      // The England overview, the heaviest of the shared operations, is a fifth of the budget; the dashboards stay under a quarter.
      expect({ name, cost: cost < DEFAULT_LIMITS.cost / 4 ? "within" : cost }).toEqual({ name, cost: "within" });
    }
  });
});
