import fs from "node:fs";
import { SUPERGRAPH_FILE } from "./paths";
import { type Undocumented, undocumentedCounts, undocumentedInSupergraph } from "./schema-style";

/**
 * Every type, field, argument and enum value of the supergraph is described,
 * and no String holds a calendar date. The two Strings whose names look like
 * dates are `asAt` of the published figures: a year, a financial year or a
 * month ("2011/12"), not a calendar date. Never raise a number.
 */
const AT_MOST: Record<keyof Undocumented, number> = {
  types: 0,
  fields: 0,
  arguments: 0,
  enumValues: 0,
  stringDates: 2,
};

describe("the supergraph's schema style", () => {
  it("leaves no more undescribed types, fields, arguments and enum values, or Strings holding dates, than it did", () => {
    const found = undocumentedInSupergraph(fs.readFileSync(SUPERGRAPH_FILE, "utf8"));
    const counts = undocumentedCounts(found);
    const grown = (Object.keys(AT_MOST) as Array<keyof Undocumented>).filter((kind) => counts[kind] > AT_MOST[kind]);
    // The message names the counts and what is left, so that the failure says what to describe.
    expect({ grown, counts, found: grown.length ? found : "(not grown)" }).toEqual({ grown: [], counts, found: "(not grown)" });
  });

  it("finds each kind of gap, and takes the confidentiality line alone for no description", () => {
    const found = undocumentedInSupergraph(`
      type Query { "Confidentiality: PUBLIC." council(code: ID!): Council "Councils." councils("The region." region: ID): [Council!]! }
      "A council." type Council { "Its code." code: ID! "When it was made." createdOn: String name: String }
      "Kinds." enum Kind { "A county." COUNTY DISTRICT }
      input Filter { "From." date: String }
      scalar Year
      enum join__Graph { CORPORATE }
    `);
    expect(found).toEqual({
      types: ["Filter", "Query", "Year"],
      fields: ["Council.name", "Query.council"],
      arguments: ["Query.council(code)"],
      enumValues: ["Kind.DISTRICT"],
      stringDates: ["Council.createdOn", "Filter.date"],
    });
  });
});
