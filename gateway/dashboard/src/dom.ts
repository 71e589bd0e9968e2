/** A small DOM toolkit: elements from tag, attributes and children; no framework. */
export type Child = Node | string | number | null | undefined | false | Child[];
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === "function") element.addEventListener(name.replace(/^on/, ""), value);
    else if (value === true) element.setAttribute(name, "");
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** An enum value in words: GATHERING_EVIDENCE → "gathering evidence". */
export function words(value: string | null | undefined): string {
  return value ? value.toLowerCase().replace(/_/g, " ") : "—";
}

export function sentence(value: string | null | undefined): string {
  const text = words(value);
  return text === "—" ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function number(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined) return "—";
  return Number.isInteger(value) ? value.toLocaleString("en-GB") : value.toLocaleString("en-GB", { maximumFractionDigits: digits });
}

/** An internal link the router handles without reloading the page. */
export function link(href: string, ...children: Child[]): HTMLAnchorElement {
  return h("a", { href, "data-link": true }, ...children);
}

/** A key figure: its label, its value and (optionally) the published figure it answers. */
export function tile(id: string, label: string, value: string | number, note?: Child): HTMLElement {
  return h(
    "div",
    { class: "tile", "data-figure": id },
    h("div", { class: "tile-label" }, label),
    h("div", { class: "tile-value", "data-value": true }, typeof value === "number" ? number(value) : value),
    note ? h("div", { class: "tile-note" }, note) : null,
  );
}

export function badge(text: string, kind = ""): HTMLElement {
  return h("span", { class: `badge ${kind}`.trim() }, text);
}

/** A table with a caption, header row and body rows; cells may be nodes. */
export function table(caption: string, headers: string[], rows: Child[][], attributes: Attributes = {}): HTMLElement {
  return h(
    "div",
    { class: "table-scroll", tabindex: 0, role: "region", "aria-label": caption },
    h(
      "table",
      attributes,
      h("caption", {}, caption),
      h("thead", {}, h("tr", {}, headers.map((header) => h("th", { scope: "col" }, header)))),
      h(
        "tbody",
        {},
        rows.map((row) => h("tr", {}, row.map((cell, index) => (index === 0 ? h("th", { scope: "row" }, cell) : h("td", {}, cell))))),
      ),
    ),
  );
}
