import { getToken, gql, RequestFailed, setToken, type Viewer, whoAmI } from "./api";
import { councilView } from "./council";
import { h, link, replace, words } from "./dom";
import { goodPracticeView } from "./good-practice";
import { nationalView } from "./national";
import { regionView } from "./region";
import { regions } from "./regions";
import { navigate, onNavigate, route } from "./router";
import { forgetFreshness } from "./freshness";
import { section } from "./section";
import { signInView } from "./signin";
import { watchlistView } from "./watchlist";

let viewer: Viewer | null = null;

function signOut(): void {
  setToken(null);
  viewer = null;
  showViewer();
  navigate("/dashboard");
}

function showViewer(): void {
  const element = document.getElementById("viewer")!;
  if (viewer?.authenticated) {
    const who = viewer.name ?? "Signed in";
    const scope = [...viewer.regions, viewer.council].filter(Boolean).join(", ");
    replace(
      element,
      h("span", { "data-viewer-roles": viewer.roles.join(" ") }, `${who} · ${viewer.roles.map(words).join(", ")}${scope ? ` (${scope})` : ""}`),
      " ",
      h("button", { type: "button", class: "link-button", onclick: signOut }, "Sign out"),
    );
  } else {
    replace(element, link("/dashboard/sign-in", "Sign in"));
  }
}

function showNav(current: string): void {
  const items: Array<[string, string, string]> = [
    ["national", "/dashboard", "National"],
    ["region", viewer?.regions[0] ? `/dashboard/region/${viewer.regions[0]}` : "/dashboard/region", "Region"],
    ["council", viewer?.council ? `/dashboard/council/${viewer.council}` : "/dashboard/council", "Council"],
    ["good-practice", "/dashboard/good-practice", "Good practice"],
    ["watchlist", "/dashboard/watchlist", "Watchlist"],
  ];
  replace(
    document.getElementById("nav")!,
    h("ul", {}, items.map(([view, href, label]) => h("li", {}, h("a", { href, "data-link": true, "aria-current": view === current ? "page" : null }, label)))),
  );
}

/** The region picker when no region is named: the viewer's own first, else a list. */
function regionIndex(): HTMLElement {
  return h(
    "div",
    { class: "view", "data-view": "region-index" },
    h("h1", {}, "Regions"),
    section("region-list", "Choose a region", async () => h("ul", { class: "link-list" }, (await regions()).map((region) => h("li", {}, link(`/dashboard/region/${region.code}`, region.name))))),
  );
}

/** The council finder when no council is named. */
function councilIndex(): HTMLElement {
  return h(
    "div",
    { class: "view", "data-view": "council-index" },
    h("h1", {}, "Councils"),
    section("council-list", "Find a council", async () => {
      const { data } = await gql<{ councils: Array<{ code: string; name: string; region: { name: string } }> }>("query DashboardCouncilList { councils { code name region { name } } }");
      const councils = data!.councils;
      const input = h("input", { id: "council-search", list: "council-names", autocomplete: "off", placeholder: "Start typing a council's name" }) as HTMLInputElement;
      const form = h(
        "form",
        { class: "finder" },
        h("label", { for: "council-search" }, "Council"),
        input,
        h("datalist", { id: "council-names" }, councils.map((council) => h("option", { value: council.name }, council.region.name))),
        h("button", { type: "submit" }, "Open"),
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const found = councils.find((council) => council.name.toLowerCase() === input.value.trim().toLowerCase() || council.code === input.value.trim());
        if (found) navigate(`/dashboard/council/${found.code}`);
        else input.setCustomValidity("No council of that name"), input.reportValidity(), input.setCustomValidity("");
      });
      return form;
    }),
  );
}

function render(): void {
  const main = document.getElementById("main")!;
  const current = route();
  forgetFreshness();
  showNav(current.view);
  document.title = "Sector-led improvement dashboards";
  let view: HTMLElement;
  switch (current.view) {
    case "national":
      view = nationalView();
      break;
    case "region":
      view = current.code ? regionView(current.code) : regionIndex();
      break;
    case "council":
      view = current.code ? councilView(current.code) : councilIndex();
      break;
    case "good-practice":
      view = goodPracticeView();
      break;
    case "watchlist":
      view = watchlistView(current.code);
      break;
    case "sign-in":
      view = signInView((signedIn) => {
        viewer = signedIn;
        showViewer();
      });
      break;
    default:
      view = h("div", { class: "view" }, h("h1", {}, "Not found"), h("p", {}, "There is no such dashboard. ", link("/dashboard", "Go to the national view.")));
  }
  replace(main, view);
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

async function start(): Promise<void> {
  let refused = false;
  if (getToken()) {
    try {
      viewer = await whoAmI();
    } catch (error) {
      // A token the graph no longer accepts (expired, re-keyed): forget it and say so.
      setToken(null);
      viewer = null;
      refused = error instanceof RequestFailed && error.code === "UNAUTHENTICATED";
    }
  }
  showViewer();
  if (refused) document.getElementById("viewer")!.append(" ", h("span", { role: "alert", class: "error" }, "Your token was refused; please sign in again."));
  onNavigate(render);
  render();
  document.body.dataset.ready = "true";
}

void start();
