import { gql } from "./api";
import { h } from "./dom";
import { asAtInWords } from "./published";

/** The boards whose records a figure is drawn from. */
export type Board = "corporate" | "children" | "adults";

interface Freshness {
  /** Each board's newest write through the graph (ISO), or null when none since its records were loaded. */
  changed: Record<Board, string | null>;
  /** The latest "as at" of the published reference data the records were loaded from (e.g. "2012"). */
  referenceAsAt: string | null;
}

export const RECORDS_LAST_CHANGED_QUERY =
  "query DashboardRecordsLastChanged { corporateRecordsLastChanged childrenRecordsLastChanged adultsRecordsLastChanged publishedFigures { asAt } }";

// One question per view: main.ts forgets the answer on each navigation, so a view shows what was true when it was drawn.
let asked: Promise<Freshness> | null = null;

export function forgetFreshness(): void {
  asked = null;
}

function freshness(): Promise<Freshness> {
  asked ??= gql<{
    corporateRecordsLastChanged: string | null;
    childrenRecordsLastChanged: string | null;
    adultsRecordsLastChanged: string | null;
    publishedFigures: Array<{ asAt: string }>;
  }>(RECORDS_LAST_CHANGED_QUERY).then(({ data }) => ({
    changed: { corporate: data!.corporateRecordsLastChanged, children: data!.childrenRecordsLastChanged, adults: data!.adultsRecordsLastChanged },
    referenceAsAt: data!.publishedFigures.map((figure) => figure.asAt).sort().at(-1) ?? null,
  }));
  return asked;
}

const WHEN = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/London" });

/**
 * "Last changed …" for a figure or a section: the newest write to the records
 * of the boards it is drawn from, or, when nothing has been written since
 * they were loaded, the date of the published reference data. Filled in when
 * the graph answers; `data-at` holds the instant (or "reference") for tests.
 */
export function lastChanged(boards: Board[]): HTMLElement {
  const element = h("p", { class: "last-changed", "data-last-changed": boards.join(" ") }, "Last changed: …");
  freshness()
    .then(({ changed, referenceAsAt }) => {
      const newest = boards.map((board) => changed[board]).filter((at): at is string => at !== null).sort().at(-1);
      if (newest) {
        element.dataset.at = newest;
        element.textContent = `Last changed ${WHEN.format(new Date(newest))}`;
        element.title = `The newest write to these records through the graph: ${newest}`;
      } else {
        element.dataset.at = "reference";
        element.textContent = `Last changed: not since loading (published reference data, as at ${referenceAsAt ? asAtInWords(referenceAsAt) : "its publication"})`;
      }
    })
    .catch(() => {
      element.dataset.at = "unknown";
      element.textContent = "Last changed: unknown (the graph could not be asked)";
    });
  return element;
}
