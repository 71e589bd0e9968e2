import { readCouncils, readTeascRecognised } from "@sli/shared";
import { illustrativeCouncilCodes } from "./sign-off/sign-off.demo";

/**
 * Upper-tier councils that neither the reference data nor the demo data rate
 * or enter into the sign-off: tests record on these, each test its own.
 */
export function unratedUpperTierCouncils(): string[] {
  const recognised = readTeascRecognised();
  const taken = new Set([...recognised.map((c) => c.code), ...illustrativeCouncilCodes(recognised)]);
  return readCouncils()
    .filter((council) => council.upperTier && !taken.has(council.code))
    .map((council) => council.code);
}

/** The error codes of an answer, in order. */
export const codesOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (answer.errors ?? []).map((error) => error.extensions?.code);
