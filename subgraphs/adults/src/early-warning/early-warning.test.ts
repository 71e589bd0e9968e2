import { EarlyWarningSignalKind as Kind } from "@sli/shared";
import { CqcRating } from "../council/council.enums";
import { LocalAccountStatus } from "../local-account/local-account.enums";
import { AdultsSignOffStatus } from "../sign-off/sign-off.enums";
import { adultsWarningSignals, type AdultsWarningRecords, SIGN_OFF_STALLED_AFTER_DAYS } from "./early-warning.rules";

const council = { code: "E06000052", upperTier: true, cqcRating2010: CqcRating.PERFORMING_WELL };
const published = { id: 1, year: 2012, status: LocalAccountStatus.PUBLISHED };
const records = (overrides: Partial<AdultsWarningRecords> = {}): AdultsWarningRecords => ({
  council,
  signOff: null,
  accounts: [published],
  currentYear: 2012,
  today: "2012-12-01",
  ...overrides,
});
const kinds = (overrides: Partial<AdultsWarningRecords>) => adultsWarningSignals(records(overrides)).map((signal) => signal.kind);

describe("TEASC's early-warning signals", () => {
  it("says nothing of a council with a published account for the current year and a good rating, nor of a district", () => {
    expect(kinds({})).toEqual([]);
    expect(kinds({ council: { ...council, upperTier: false, cqcRating2010: null }, accounts: [] })).toEqual([]);
  });

  it("signals a rating of adequate or below outside the sign-off", () => {
    const [signal] = adultsWarningSignals(records({ council: { ...council, cqcRating2010: CqcRating.ADEQUATE } }));
    expect(signal).toMatchObject({ kind: Kind.CQC_RATING_OUTSIDE_SIGN_OFF, board: "ADULTS", council: council.code });
    expect(signal!.summary).toContain("rated the council's adult social care adequate in 2009-10");
    const inSignOff = { id: 4, status: AdultsSignOffStatus.RECOGNISED, enteredOn: "2011-06-01", invitedOn: "2011-11-01", presentedOn: "2012-01-10" };
    expect(kinds({ council: { ...council, cqcRating2010: CqcRating.ADEQUATE }, signOff: inSignOff })).toEqual([]);
  });

  it("signals no published local account for the current year, a draft or a superseded one aside", () => {
    expect(kinds({ accounts: [{ id: 2, year: 2012, status: LocalAccountStatus.DRAFT }] })).toEqual([Kind.NO_PUBLISHED_LOCAL_ACCOUNT]);
    expect(kinds({ accounts: [{ id: 3, year: 2012, status: LocalAccountStatus.SUPERSEDED }] })).toEqual([]);
    expect(kinds({ currentYear: null, accounts: [] })).toEqual([]);
  });

  it("signals a sign-off that has not moved on from its step for longer than allowed", () => {
    const signOff = { id: 5, status: AdultsSignOffStatus.INVITED_TO_PRESENT, enteredOn: "2011-06-01", invitedOn: "2012-03-01", presentedOn: null };
    expect(kinds({ signOff, today: "2012-06-01" })).toEqual([]);
    const [stalled] = adultsWarningSignals(records({ signOff, today: "2012-12-01" }));
    expect(stalled).toMatchObject({ kind: Kind.SIGN_OFF_STALLED, since: "2012-03-01", recordId: "5" });
    expect(stalled!.summary).toContain(`more than ${SIGN_OFF_STALLED_AFTER_DAYS} days`);
  });
});
