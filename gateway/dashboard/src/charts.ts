import * as Plot from "@observablehq/plot";
import { downloadCsv } from "./csv";
import { type Child, h, table } from "./dom";
import { type Board, lastChanged } from "./freshness";

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

export interface ChartSpec {
  /** Stable id for the figure (tests and links find it by data-chart). */
  id: string;
  title: string;
  /** What the chart shows, in words, for screen readers (aria-description). */
  description: string;
  /** Draws the chart at a width in pixels. */
  draw(width: number): SVGSVGElement | HTMLElement;
  /** The same figures as a table: the chart's accessible alternative. */
  data: { headers: string[]; rows: Child[][] };
  /** The boards whose records it is drawn from: it says when they last changed. */
  boards: Board[];
  note?: Child;
}

/**
 * A chart in a <figure> with its caption, the SVG labelled for assistive
 * technology, when its records last changed, a CSV download of its table,
 * and its figures as that table beneath (open by default on narrow
 * screens through CSS). Redrawn when its container changes width (laptop,
 * tablet, rotation).
 */
export function chart(spec: ChartSpec): HTMLElement {
  const canvas = h("div", { class: "chart" });
  let drawnWidth = 0;
  const draw = () => {
    const width = Math.max(280, Math.floor(canvas.clientWidth || 640));
    if (Math.abs(width - drawnWidth) < 8) return;
    drawnWidth = width;
    const drawn = spec.draw(width);
    // With a legend Plot answers a <figure> holding the legend and the labelled SVG.
    const svg = drawn instanceof SVGSVGElement ? drawn : drawn.querySelector("svg[aria-label]");
    svg?.setAttribute("role", "img");
    canvas.replaceChildren(drawn);
  };
  const figure = h(
    "figure",
    { class: "figure", "data-chart": spec.id },
    h("figcaption", {}, spec.title),
    canvas,
    spec.note ? h("p", { class: "figure-note" }, spec.note) : null,
    h(
      "div",
      { class: "figure-meta" },
      lastChanged(spec.boards),
      h(
        "button",
        { type: "button", class: "download", "data-download": spec.id, onclick: () => downloadCsv(`${spec.id}.csv`, spec.data.headers, spec.data.rows) },
        "Download the table (CSV)",
      ),
    ),
    h("details", { class: "figure-data" }, h("summary", {}, "Show the figures as a table"), table(spec.title, spec.data.headers, spec.data.rows, { "data-table": spec.id })),
  );
  // Drawn once attached (so the width is known), then on each resize.
  requestAnimationFrame(() => {
    draw();
    new ResizeObserver(() => draw()).observe(canvas);
  });
  return figure;
}

export interface BarDatum {
  /** The category on the axis (a region, a council, a year). */
  label: string;
  /** The series within it (stacked), e.g. "delivered". */
  series: string;
  value: number;
}

/** Room for the longest category label at 13px. */
function labelMargin(labels: string[]): number {
  const longest = Math.max(...labels.map((label) => label.length), 6);
  return Math.min(240, Math.ceil(16 + longest * 7.4));
}

/** Horizontal stacked bars: one row per label, one colour per series. */
export function stackedBars(
  data: BarDatum[],
  options: { width: number; title: string; description: string; series: string[]; xLabel: string; highlight?: string; labels?: string[] },
): SVGSVGElement | HTMLElement {
  const labels = options.labels ?? [...new Set(data.map((datum) => datum.label))];
  const totals = labels.map((label) => data.filter((datum) => datum.label === label).reduce((sum, datum) => sum + datum.value, 0));
  const most = Math.max(1, ...totals);
  return Plot.plot({
    width: options.width,
    height: Math.max(120, labels.length * 28 + 70),
    marginLeft: labelMargin(labels),
    marginRight: 24,
    ariaLabel: options.title,
    ariaDescription: options.description,
    style: { fontSize: "13px", background: "transparent" },
    // Counts: whole-number ticks only.
    x: { label: options.xLabel, grid: true, nice: true, ...(most <= 12 ? { ticks: Array.from({ length: most + 1 }, (_, i) => i) } : {}), tickFormat: "d" },
    y: { label: null, domain: labels, tickFormat: (label: string) => (label === options.highlight ? `▶ ${label}` : label) },
    color: { legend: options.series.length > 1, domain: options.series, range: PALETTE },
    marks: [
      Plot.barX(data, { x: "value", y: "label", fill: "series", tip: { format: { y: true, x: true, fill: true } }, title: (d: BarDatum) => `${d.label}, ${d.series}: ${d.value}` }),
      Plot.ruleX([0]),
    ],
  });
}

/**
 * A council against its comparison group as a dot plot (values need not
 * start at zero to be honest, unlike bars): one row per council, best first,
 * the council itself larger and in a contrasting colour, the median dashed.
 */
export function comparisonDots(
  members: Array<{ label: string; value: number; self: boolean }>,
  options: { width: number; title: string; description: string; xLabel: string; median: number | null },
): SVGSVGElement | HTMLElement {
  const key = (d: { self: boolean }) => (d.self ? "this council" : "nearest neighbour");
  return Plot.plot({
    width: options.width,
    height: Math.max(120, members.length * 22 + 70),
    marginLeft: labelMargin(members.map((member) => member.label)),
    marginRight: 24,
    ariaLabel: options.title,
    ariaDescription: options.description,
    style: { fontSize: "12px", background: "transparent" },
    x: { label: options.xLabel, grid: true, nice: true, zero: false },
    y: { label: null, domain: members.map((member) => member.label), tickFormat: (label: string) => label },
    color: { domain: ["this council", "nearest neighbour"], range: [PALETTE[5], PALETTE[0]], legend: true },
    r: { range: [4, 7] },
    marks: [
      Plot.ruleY(members, { y: "label", stroke: "#e5e5e5" }),
      options.median === null ? null : Plot.ruleX([options.median], { stroke: "#333", strokeDasharray: "4,3" }),
      options.median === null ? null : Plot.text([options.median], { x: (d: number) => d, frameAnchor: "top", dy: -12, text: () => "median", fill: "#333" }),
      Plot.dot(members, { x: "value", y: "label", fill: key, r: (d: { self: boolean }) => (d.self ? 7 : 4.5), tip: true }),
    ],
  });
}

/** Vertical bars with an optional published figure marked as a tick. */
export function columnsWithTarget(
  data: Array<{ label: string; value: number; published: number | null }>,
  options: { width: number; title: string; description: string; yLabel: string; seriesLabel: string },
): SVGSVGElement | HTMLElement {
  return Plot.plot({
    width: options.width,
    height: 260,
    marginLeft: 48,
    ariaLabel: options.title,
    ariaDescription: options.description,
    style: { fontSize: "13px", background: "transparent" },
    x: { label: null, domain: data.map((d) => d.label), padding: 0.3 },
    y: { label: options.yLabel, grid: true, nice: true },
    color: { legend: true, domain: [options.seriesLabel, "published figure"], range: [PALETTE[0], "#000000"] },
    marks: [
      Plot.barY(data, { x: "label", y: "value", fill: () => options.seriesLabel, tip: true }),
      Plot.tickY(
        data.filter((d) => d.published !== null),
        { x: "label", y: "published", stroke: () => "published figure", strokeWidth: 3 },
      ),
      Plot.ruleY([0]),
    ],
  });
}
