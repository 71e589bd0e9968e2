import type { GraphQLError } from "graphql";
import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { AuditEntry } from "./audit";
import { columnLimit, financialYear, isoDate, pastDate, requiredText, todayIso } from "./formats";

@Entity({ name: "formats_example" })
class Example {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Column({ type: "text" })
  notes!: string;

  @Column({ type: "simple-json" })
  items!: string[];

  @Column({ type: "integer" })
  count!: number;
}

/** The error a call throws, for its message and extensions. */
function refusal(call: () => unknown): GraphQLError {
  try {
    call();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error("not refused");
}

describe("the toolkit's input formats", () => {
  it("reads a column's limit from the entity: VARCHAR in characters, TEXT and JSON in MariaDB's 65,535 bytes", () => {
    expect(columnLimit(Example, "name")).toEqual({ max: 120, unit: "characters" });
    expect(columnLimit(Example, "notes")).toEqual({ max: 65_535, unit: "bytes" });
    expect(columnLimit(Example, "items")).toEqual({ max: 65_535, unit: "bytes" });
    expect(columnLimit(AuditEntry, "name")).toEqual({ max: 160, unit: "characters" });
    expect(() => columnLimit(Example, "count")).toThrow(/not text/);
  });

  it("takes real calendar dates in the programmes' range, and names the argument otherwise", () => {
    expect(isoDate("2012-02-29", "heldOn")).toBe("2012-02-29");
    for (const bad of ["2012-02-30", "2011-02-29", "2012-13-01", "2012-6-1", "12-06-01", "2012-06-01T00:00:00Z", ""]) {
      expect(refusal(() => isoDate(bad, "input.heldOn")).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input.heldOn" });
    }
    for (const outside of ["9999-12-31", "1999-12-31", "2031-01-01"]) {
      expect(refusal(() => isoDate(outside, "heldOn")).message).toBe(`heldOn must fall from 2000-01-01 to 2030-12-31, not ${outside}`);
    }
    expect(isoDate("1990-01-01", "bornOn", { from: "1900-01-01", to: "2012-12-31" })).toBe("1990-01-01");
  });

  it("takes a date something happened on up to today, refusing a later one in its own words", () => {
    expect(pastDate("2012-06-01", "input.contactedOn", "2012-06-01")).toBe("2012-06-01");
    expect(pastDate(todayIso(), "input.contactedOn")).toBe(todayIso());
    expect(refusal(() => pastDate("2012-06-02", "input.contactedOn", "2012-06-01")).message).toBe("2012-06-02 is in the future");
    expect(refusal(() => pastDate("2012-02-30", "input.contactedOn")).extensions).toEqual({ code: "BAD_USER_INPUT", argument: "input.contactedOn" });
    expect(refusal(() => pastDate("1999-12-31", "input.contactedOn")).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.contactedOn" });
  });

  it("takes financial years written 2012/13 in the programmes' range", () => {
    expect(financialYear("2012/13", "period")).toBe("2012/13");
    expect(financialYear("2029/30", "period")).toBe("2029/30");
    for (const bad of ["2012/14", "2012-13", "12/13", "2012/2013"]) {
      expect(refusal(() => financialYear(bad, "period")).message).toMatch(/is not a financial year: write period as 2012\/13/);
    }
    for (const outside of ["1999/00", "2030/31", "9999/00"]) {
      expect(refusal(() => financialYear(outside, "period")).extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "period" });
    }
  });

  it("trims text that must say something, and refuses it blank", () => {
    expect(requiredText("  Cornwall  ", "name")).toBe("Cornwall");
    expect(refusal(() => requiredText(" \n ", "input.name")).message).toBe("input.name must not be empty");
  });
});
