import { badUserInput } from "./errors";

/** ONS GSS code of an English council: E06 unitary, E07 district, E08 metropolitan borough, E09 London borough, E10 county. */
const COUNCIL_CODE = /^E(06|07|08|09|10)\d{6}$/;
/** ONS code of an English region: E12000001 to E12000009. */
const REGION_CODE = /^E1200000[1-9]$/;

export function isCouncilCode(code: string): boolean {
  return COUNCIL_CODE.test(code);
}

export function isRegionCode(code: string): boolean {
  return REGION_CODE.test(code);
}

/** A council code must be a GSS code before we look it up: a malformed one is bad input, not "not found". */
export function assertCouncilCode(code: string, argument = "code"): string {
  if (!isCouncilCode(code)) {
    throw badUserInput(
      `"${truncate(code)}" is not a council code: expected an ONS GSS code such as E06000052 (E06, E07, E08, E09 or E10 and six digits)`,
      { argument },
    );
  }
  return code;
}

export function assertRegionCode(code: string, argument = "code"): string {
  if (!isRegionCode(code)) {
    throw badUserInput(`"${truncate(code)}" is not a region code: expected an ONS region code E12000001 to E12000009`, {
      argument,
    });
  }
  return code;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
