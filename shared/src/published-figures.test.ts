import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { citation, PUBLISHED_FIGURES_SOURCE, publishedFigure, publishedFigures, publishedNumber } from "./published-figures";
import { SEED_DATA_DIR } from "./reference-data";

describe("the published headline figures", () => {
  const rows: Array<Record<string, string>> = parse(fs.readFileSync(path.join(SEED_DATA_DIR, "headline_figures.csv"), "utf8"), { columns: true });

  it("are every row of seed-data/headline_figures.csv, in its order, each with a unit, a description and its source", () => {
    const figures = publishedFigures();
    expect(figures.map((figure) => [figure.key, figure.value, figure.asAt, figure.passage])).toEqual(
      rows.map((row) => [row.figure, row.value, row.as_at, row.source_passage]),
    );
    for (const figure of figures) {
      expect(figure.unit).toMatch(/\S/);
      expect(figure.description).toMatch(/\S/);
      expect(figure.source).toBe(PUBLISHED_FIGURES_SOURCE);
    }
    // Read once: the same answer every time, and nobody can change it.
    expect(publishedFigures()).toBe(figures);
    expect(Object.isFrozen(figures[0])).toBe(true);
  });

  it("give numbers as numbers and dates as dates", () => {
    expect(publishedNumber("corporate_peer_challenges_delivered_2011_12")).toBe(24);
    expect(publishedFigure("leadership_offer_councils_last_financial_year")).toMatchObject({ number: 198, unit: "councils", asAt: "2011/12" });
    expect(publishedFigure("childrens_peer_challenge_all_engaged_by")).toMatchObject({ value: "2012-12-31", number: null, unit: "date" });
    expect(() => publishedNumber("childrens_peer_challenge_all_engaged_by")).toThrow("not a number");
    expect(() => publishedFigure("no_such_figure")).toThrow("headline_figures.csv has no figure no_such_figure");
  });

  it("are cited with the publication and its passage", () => {
    expect(citation(publishedFigure("childrens_safeguarding_peer_reviews_delivered"))).toBe(
      "LGA, Sector-led improvement in local government (2012): “twenty six such peer reviews have been delivered to date”",
    );
  });
});
