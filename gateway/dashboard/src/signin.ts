import { RequestFailed, setToken, type Viewer, whoAmI } from "./api";
import { h, replace, words } from "./dom";
import { regions } from "./regions";
import { navigate } from "./router";

interface Settings {
  developmentSignIn: boolean;
  roles: string[];
}

/** Where a viewer starts: a principal adviser at their regions' watchlist, a council officer at their council, others nationally. */
export function homeFor(viewer: Viewer): string {
  if (viewer.roles.includes("PRINCIPAL_ADVISER") && viewer.regions.length) return "/dashboard/watchlist";
  if (viewer.roles.includes("COUNCIL_OFFICER") && viewer.council) return `/dashboard/council/${viewer.council}`;
  return "/dashboard";
}

/** Keeps a token only once the graph accepts it; a refused token is forgotten and explained. */
async function adopt(token: string, status: HTMLElement, signedIn: (viewer: Viewer) => void): Promise<void> {
  setToken(token);
  try {
    const viewer = await whoAmI();
    signedIn(viewer);
    navigate(homeFor(viewer));
  } catch (error) {
    setToken(null);
    replace(status, h("span", { role: "alert", class: "error" }, error instanceof RequestFailed ? `The graph refused the token: ${error.message}` : String(error)));
  }
}

export function signInView(signedIn: (viewer: Viewer) => void): HTMLElement {
  const status = h("div", { class: "form-status", "aria-live": "polite" });
  const tokenField = h("textarea", { id: "token", name: "token", rows: 4, required: true, spellcheck: "false", autocomplete: "off" }) as HTMLTextAreaElement;
  const pasteForm = h(
    "form",
    { class: "panel", "data-form": "token" },
    h("h2", {}, "Sign in with a token"),
    h("p", {}, "Paste the bearer token (JWT) your organisation issued. It stays in this browser tab only (session storage) and is sent to the graph as ", h("code", {}, "Authorization: Bearer"), "."),
    h("label", { for: "token" }, "Token"),
    tokenField,
    h("button", { type: "submit" }, "Sign in"),
  );
  pasteForm.addEventListener("submit", (event) => {
    event.preventDefault();
    void adopt(tokenField.value.trim(), status, signedIn);
  });

  const development = h("div", {});
  void fetch("/dashboard/settings.json")
    .then((response) => response.json() as Promise<Settings>)
    .then(async (settings) => {
      if (!settings.developmentSignIn) return;
      const all = await regions();
      const role = h("select", { id: "dev-role", name: "role" }, settings.roles.map((each) => h("option", { value: each, selected: each === "BOARD_MEMBER" }, words(each)))) as HTMLSelectElement;
      const region = h("select", { id: "dev-region", name: "region" }, h("option", { value: "" }, "(none)"), all.map((each) => h("option", { value: each.code }, each.name))) as HTMLSelectElement;
      const council = h("input", { id: "dev-council", name: "council", placeholder: "e.g. E06000052", pattern: "E(06|07|08|09|10)[0-9]{6}", autocomplete: "off" }) as HTMLInputElement;
      const form = h(
        "form",
        { class: "panel development", "data-form": "dev" },
        h("h2", {}, "Development: pick a role"),
        h("p", {}, "Outside production only: the gateway signs a development token for the role you pick. A principal adviser needs a region, a council officer a council."),
        h("div", { class: "form-row" }, h("label", { for: "dev-role" }, "Role"), role),
        h("div", { class: "form-row" }, h("label", { for: "dev-region" }, "Region"), region),
        h("div", { class: "form-row" }, h("label", { for: "dev-council" }, "Council (GSS code)"), council),
        h("button", { type: "submit" }, "Sign in as this role"),
      );
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const query = new URLSearchParams({ role: role.value, region: region.value, council: council.value.trim() });
        void fetch(`/dashboard/dev-token?${query}`)
          .then(async (response) => {
            const body = (await response.json()) as { token?: string; error?: string };
            if (!response.ok || !body.token) throw new Error(body.error ?? `the gateway answered ${response.status}`);
            await adopt(body.token, status, signedIn);
          })
          .catch((error: Error) => replace(status, h("span", { role: "alert", class: "error" }, `No development token: ${error.message}`)));
      });
      replace(development, form);
    })
    .catch(() => undefined);

  return h("div", { class: "view", "data-view": "sign-in" }, h("h1", {}, "Sign in"), status, h("div", { class: "charts-2" }, pasteForm, development));
}
