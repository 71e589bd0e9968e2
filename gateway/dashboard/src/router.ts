/** History-API routing under /dashboard: links marked data-link change views without reloading. */
type Render = () => void;
let render: Render = () => undefined;

export function onNavigate(callback: Render): void {
  render = callback;
  window.addEventListener("popstate", () => render());
  document.addEventListener("click", (event) => {
    const anchor = (event.target as Element | null)?.closest?.("a[data-link]") as HTMLAnchorElement | null;
    if (!anchor || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(anchor.getAttribute("href")!);
  });
}

export function navigate(path: string): void {
  if (path !== location.pathname + location.search) history.pushState(null, "", path);
  render();
}

export type Route =
  | { view: "national" }
  | { view: "region"; code: string | null }
  | { view: "council"; code: string | null }
  | { view: "watchlist"; code: string | null }
  | { view: "sign-in" }
  | { view: "good-practice" }
  | { view: "not-found" };

export function route(pathname = location.pathname): Route {
  const parts = pathname.replace(/^\/dashboard\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { view: "national" };
  if (parts[0] === "region" && parts.length <= 2) return { view: "region", code: parts[1] ?? null };
  if (parts[0] === "council" && parts.length <= 2) return { view: "council", code: parts[1] ?? null };
  if (parts[0] === "watchlist" && parts.length <= 2) return { view: "watchlist", code: parts[1] ?? null };
  if (parts[0] === "sign-in" && parts.length === 1) return { view: "sign-in" };
  if (parts[0] === "good-practice" && parts.length === 1) return { view: "good-practice" };
  return { view: "not-found" };
}
