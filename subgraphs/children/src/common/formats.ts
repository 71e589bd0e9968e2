import { badUserInput } from "@sli/shared";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

/** An ISO calendar date (YYYY-MM-DD) that exists; otherwise BAD_USER_INPUT naming the field. */
export function isoDate(value: string, field: string): string {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw badUserInput(`${field} must be a date written YYYY-MM-DD, not "${value}"`, { field });
  }
  return value;
}

/** A financial year written 2012/13 (the second year follows the first); otherwise BAD_USER_INPUT. */
export function financialYear(value: string, field: string): string {
  const match = FINANCIAL_YEAR.exec(value);
  if (!match || (Number(match[1]) + 1) % 100 !== Number(match[2])) {
    throw badUserInput(`${field} must be a financial year written like 2012/13, not "${value}"`, { field });
  }
  return value;
}

/** Non-empty text after trimming; otherwise BAD_USER_INPUT naming the field. */
export function requiredText(value: string, field: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw badUserInput(`${field} must not be empty`, { field });
  return trimmed;
}
