import { readCsv } from "./reference-data";

/**
 * The headline figures the LGA and its partner boards published in 2012,
 * read once from seed-data/headline_figures.csv (its provenance:
 * seed-data/README.md). One source for the graph (`publishedFigures`), the
 * dashboards and the rules that compare progress with them.
 */
export interface PublishedFigure {
  /** The CSV's figure name, e.g. corporate_peer_challenges_delivered_2011_12. */
  key: string;
  /** As published: a whole number ("24") or a date ("2012-12-31"). */
  value: string;
  /** The value as a number; null when the figure is a date. */
  number: number | null;
  unit: string;
  /** When the figure stood: a year, financial year or month ("2012", "2011/12", "2012-04"). */
  asAt: string;
  description: string;
  /** The publication it comes from. */
  source: string;
  /** The passage of the publication that states it. */
  passage: string;
}

/** Every figure of headline_figures.csv comes from the LGA's 2012 offer (seed-data/README.md, "The other files"). */
export const PUBLISHED_FIGURES_SOURCE = "LGA, Sector-led improvement in local government (2012)";

/**
 * What the CSV does not say: each figure's unit and what it counts. A figure
 * added to the CSV without its line here stops start-up rather than being
 * served unexplained.
 */
const MEANING: Record<string, { unit: string; description: string }> = {
  lg_inform_councils_using: { unit: "councils", description: "Councils that had started to use LG Inform" },
  lg_inform_registered_users: { unit: "registered users", description: "Registered users of LG Inform" },
  councils_spoken_to_about_corporate_peer_challenge: {
    unit: "councils",
    description: "Councils the LGA had spoken to about their potential interest in corporate peer challenge",
  },
  corporate_peer_challenges_delivered_2011_12: { unit: "councils", description: "Councils that had a corporate peer challenge in 2011/12" },
  corporate_peer_challenges_booked_or_discussed: {
    unit: "councils",
    description: "Further corporate peer challenges booked in or being discussed",
  },
  leadership_offer_councils_last_financial_year: {
    unit: "councils",
    description: "Councils that took up the leadership offer in the financial year before the 2012 offer",
  },
  member_peer_support_days_on_change_of_control: {
    unit: "days",
    description: "No-cost days of member peer support at most for a council undergoing a change of political control",
  },
  childrens_safeguarding_peer_reviews_delivered: { unit: "peer reviews", description: "Children's safeguarding peer reviews delivered to date" },
  childrens_peer_challenge_dcs_days: {
    unit: "days",
    description: "Days of a director of children's services' time each council agreed to give to children's services peer challenge",
  },
  childrens_peer_challenge_all_engaged_by: {
    unit: "date",
    description: "The date by which every council is to have been engaged in children's services peer challenge",
  },
  cib_regions_funded: { unit: "regions", description: "Regions the Children's Improvement Board funds" },
  cib_regional_leads_per_region: {
    unit: "regional leads",
    description: "Regional leads in each region: a lead member for children, a chief executive and a director of children's services",
  },
  teasc_adequate_councils: {
    unit: "councils",
    description: "Councils rated adequate for adult social care by the CQC (2009-10), each in the TEASC sign-off",
  },
  teasc_adequate_councils_recognised_by_april_2012: {
    unit: "councils",
    description: "Councils rated adequate whose progress the TEASC board had recognised by April 2012",
  },
};

let figures: readonly PublishedFigure[] | undefined;

/** The published headline figures, in the CSV's order (read on first use, then kept). */
export function publishedFigures(): readonly PublishedFigure[] {
  figures ??= Object.freeze(
    readCsv("headline_figures.csv").map((row): PublishedFigure => {
      const meaning = MEANING[row.figure];
      if (!meaning) throw new Error(`headline_figures.csv: ${row.figure} has no unit and description in shared/src/published-figures.ts`);
      const isNumber = /^\d+$/.test(row.value);
      if (!isNumber && !/^\d{4}-\d{2}-\d{2}$/.test(row.value)) throw new Error(`headline_figures.csv: ${row.figure} is "${row.value}", neither a number nor a date`);
      return Object.freeze({
        key: row.figure,
        value: row.value,
        number: isNumber ? Number(row.value) : null,
        unit: meaning.unit,
        asAt: row.as_at,
        description: meaning.description,
        source: PUBLISHED_FIGURES_SOURCE,
        passage: row.source_passage,
      });
    }),
  );
  return figures;
}

/** One published figure by key; a key the CSV lacks is a programming error. */
export function publishedFigure(key: string): PublishedFigure {
  const figure = publishedFigures().find((each) => each.key === key);
  if (!figure) throw new Error(`headline_figures.csv has no figure ${key}`);
  return figure;
}

/** A published figure that is a number. */
export function publishedNumber(key: string): number {
  const { number } = publishedFigure(key);
  if (number === null) throw new Error(`The published figure ${key} is not a number`);
  return number;
}

/** How a figure is cited: the publication and its passage. */
export const citation = (figure: PublishedFigure) => `${figure.source}: “${figure.passage}”`;
