import { gql } from "./api";

/** A headline figure published in 2012, as the graph serves it (publishedFigures, public). */
export interface PublishedFigure {
  key: string;
  value: string;
  number: number | null;
  unit: string;
  asAt: string;
  description: string;
  source: string;
  passage: string;
}

let figures: Promise<Map<string, PublishedFigure>> | null = null;

/** The published figures by key, asked once per page load: the dashboards hold no copy of their own. */
export function publishedFigures(): Promise<Map<string, PublishedFigure>> {
  figures ??= gql<{ publishedFigures: PublishedFigure[] }>("query DashboardPublishedFigures { publishedFigures { key value number unit asAt description source passage } }")
    .then(({ data }) => new Map(data!.publishedFigures.map((figure) => [figure.key, figure])))
    .catch((error: unknown) => {
      figures = null;
      throw error;
    });
  return figures;
}

/** One figure; a missing one names itself rather than showing a blank. */
export async function publishedFigure(key: string): Promise<PublishedFigure> {
  const figure = (await publishedFigures()).get(key);
  if (!figure) throw new Error(`The graph has no published figure ${key}`);
  return figure;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2012-04" reads as "April 2012"; a year or financial year as it is. */
export function asAtInWords(asAt: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(asAt);
  return month ? `${MONTHS[Number(month[2]) - 1]} ${month[1]}` : asAt;
}
