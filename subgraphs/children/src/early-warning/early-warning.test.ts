import { EarlyWarningSignalKind as Kind } from "@sli/shared";
import { ChildrensSupportLevel } from "../council/council.enums";
import { ChildrensPeerChallengeStatus } from "../peer-challenge/childrens-peer-challenge.enums";
import { SafeguardingPeerReviewStatus } from "../safeguarding/safeguarding-peer-review.enums";
import { ChildrensSelfAssessmentStatus } from "../self-assessment/self-assessment.enums";
import { childrensWarningSignals, type ChildrensWarningRecords } from "./early-warning.rules";

const records = (overrides: Partial<ChildrensWarningRecords> = {}): ChildrensWarningRecords => ({
  council: { code: "E06000053", upperTier: true, supportLevel: ChildrensSupportLevel.UNIVERSAL },
  decisions: [],
  challenges: [{ id: 1, status: ChildrensPeerChallengeStatus.COMPLETED }],
  reviews: [],
  assessments: [{ id: 1, period: "2011/12", status: ChildrensSelfAssessmentStatus.CHALLENGED }],
  ...overrides,
});
const kinds = (overrides: Partial<ChildrensWarningRecords>) => childrensWarningSignals(records(overrides)).map((signal) => signal.kind);

describe("the CIB's early-warning signals", () => {
  it("says nothing of a council engaged, challenged and on universal support, nor of a district", () => {
    expect(kinds({})).toEqual([]);
    expect(kinds({ council: { code: "E07000008", upperTier: false, supportLevel: null }, challenges: [] })).toEqual([]);
  });

  it("signals targeted or early support, with the decision that set it", () => {
    const decisions = [{ id: 9, level: ChildrensSupportLevel.TARGETED_SUPPORT, decidedOn: "2012-04-02" }];
    const [signal] = childrensWarningSignals(records({ council: { code: "E06000053", upperTier: true, supportLevel: ChildrensSupportLevel.TARGETED_SUPPORT }, decisions }));
    expect(signal).toMatchObject({ kind: Kind.CHILDRENS_TARGETED_SUPPORT, board: "CHILDREN", since: "2012-04-02", recordType: "SupportLevelDecision", recordId: "9" });
    expect(kinds({ council: { code: "E06000053", upperTier: true, supportLevel: ChildrensSupportLevel.EARLY_SUPPORT } })).toEqual([Kind.CHILDRENS_EARLY_SUPPORT]);
  });

  it("signals no peer challenge (a cancelled one not counting), a review requested and not held, a self-assessment not challenged", () => {
    expect(kinds({ challenges: [{ id: 2, status: ChildrensPeerChallengeStatus.CANCELLED }] })).toEqual([Kind.CHILDRENS_PEER_CHALLENGE_NOT_ENGAGED]);
    expect(childrensWarningSignals(records({ challenges: [] }))[0]!.summary).toContain("by 31 December 2012");
    const reviews = [
      { id: 3, status: SafeguardingPeerReviewStatus.REQUESTED, requestedOn: "2012-06-04" },
      { id: 4, status: SafeguardingPeerReviewStatus.REPORTED, requestedOn: "2011-06-04" },
    ];
    expect(childrensWarningSignals(records({ reviews }))).toMatchObject([{ kind: Kind.SAFEGUARDING_REVIEW_NOT_HELD, since: "2012-06-04", recordId: "3" }]);
    const assessments = [
      { id: 6, period: "2012/13", status: ChildrensSelfAssessmentStatus.SUBMITTED },
      { id: 5, period: "2011/12", status: ChildrensSelfAssessmentStatus.CHALLENGED },
    ];
    expect(childrensWarningSignals(records({ assessments }))).toMatchObject([{ kind: Kind.SELF_ASSESSMENT_NOT_CHALLENGED, recordId: "6" }]);
  });
});
