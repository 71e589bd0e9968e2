import { RequestFailed } from "./api";
import { type Child, h, replace } from "./dom";
import { type Board, lastChanged } from "./freshness";

/**
 * A titled section of a view that loads its own figures: "Loading…" while it
 * waits (aria-busy), then the content, or the error in words with a retry.
 * With `boards`, it says when those boards' records (its figures) last changed.
 */
export function section(id: string, title: string, load: () => Promise<Child>, intro?: Child, boards?: Board[]): HTMLElement {
  const body = h("div", { class: "section-body" });
  const element = h(
    "section",
    { class: "panel", "data-section": id, "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, title),
    boards ? lastChanged(boards) : null,
    intro ? h("p", { class: "intro" }, intro) : null,
    body,
  );
  const run = async () => {
    element.setAttribute("aria-busy", "true");
    element.dataset.state = "loading";
    replace(body, h("p", { class: "loading", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Loading…"));
    try {
      const content = await load();
      replace(body, content);
      element.dataset.state = "ready";
    } catch (error) {
      const code = error instanceof RequestFailed && error.code ? ` (${error.code})` : "";
      replace(
        body,
        h(
          "div",
          { class: "error", role: "alert" },
          h("p", {}, `This section could not be loaded${code}: ${(error as Error).message}`),
          h("button", { type: "button", onclick: () => void run() }, "Try again"),
        ),
      );
      element.dataset.state = "error";
    } finally {
      element.removeAttribute("aria-busy");
    }
  };
  void run();
  return element;
}

/** Explains a field the graph refused (FORBIDDEN / UNAUTHENTICATED) without treating it as a failure. */
export function restricted(message: string, code?: string): HTMLElement {
  return h("p", { class: "restricted", "data-restricted": code ?? "FORBIDDEN" }, h("strong", {}, "Restricted: "), message);
}
