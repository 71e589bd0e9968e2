import { addDays, demoRandom, Provenance, readCouncils, readPeople, readRegions, type ReferenceRecognition } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "../council/council.entity";
import { CqcRating } from "../council/council.enums";
import { AdultsPeerChallenge, AdultsRecognition, AdultsSignOff, AdultsSignOffEvidence } from "./sign-off.entity";
import { AdultsEvidenceKind, AdultsEvidenceOutcome, AdultsSignOffStatus } from "./sign-off.enums";
import { EVIDENCE_KINDS } from "./sign-off.rules";

export const REFERENCE_NOTE =
  "LGA, Sector-led improvement in local government (2012), Annex B: \"As at April 2012 the board has been able to acknowledge the progress made by Cornwall, Central Bedfordshire and South Tyneside councils\". The source gives no dates for the steps before, nor the learning.";

export const ILLUSTRATIVE_NOTE =
  "Illustrative demonstration record: the CQC rated seven councils adequate in 2009-10, but no source here names the other four; this council is a demonstration pick, not fact.";

export const ILLUSTRATIVE_RATING_SOURCE =
  "Illustrative demonstration data, not a published rating: fills the CQC's seven adequate councils, of which sources here name three";

/** Last day of a YYYY-MM month. */
function endOfMonth(month: string): string {
  const [year, mm] = month.split("-").map(Number);
  return `${month}-${String(new Date(Date.UTC(year, mm, 0)).getUTCDate()).padStart(2, "0")}`;
}

/**
 * The councils the TEASC board had recognised by April 2012 (reference data):
 * their sign-off, RECOGNISED in 2012-04, and nothing the source does not say
 * (no step dates, no evidence, no learning). Idempotent.
 */
export async function seedReferenceSignOffs(manager: EntityManager, recognised: ReferenceRecognition[]): Promise<void> {
  for (const council of recognised) {
    if (council.cqcRating2010 !== CqcRating.ADEQUATE) continue;
    if (await manager.existsBy(AdultsSignOff, { councilCode: council.code })) continue;
    const { identifiers } = await manager.insert(AdultsSignOff, {
      councilCode: council.code,
      cqcRating2010: CqcRating.ADEQUATE,
      status: AdultsSignOffStatus.RECOGNISED,
      enteredOn: null,
      invitedOn: null,
      presentedOn: null,
      illustrative: false,
      note: REFERENCE_NOTE,
      provenance: Provenance.REFERENCE,
    });
    await manager.insert(AdultsRecognition, {
      signOffId: Number(identifiers[0].id),
      recognisedOn: council.recognisedBy,
      knownBy: /^\d{4}-\d{2}$/.test(council.recognisedBy) ? endOfMonth(council.recognisedBy) : council.recognisedBy,
      provenance: Provenance.REFERENCE,
    });
  }
}

/** The four illustrative councils: deterministic picks of upper-tier councils in four other regions. */
export function illustrativeCouncilCodes(recognised: ReferenceRecognition[]): string[] {
  const named = new Set(recognised.map((council) => council.code));
  const councils = readCouncils().filter((council) => council.upperTier && !named.has(council.code));
  const usedRegions = new Set(readCouncils().filter((c) => named.has(c.code)).map((c) => c.regionCode));
  const picks: string[] = [];
  for (const council of demoRandom(2010_11_25).shuffle(councils)) {
    if (picks.length === 4) break;
    if (usedRegions.has(council.regionCode)) continue;
    usedRegions.add(council.regionCode);
    picks.push(council.code);
  }
  return picks;
}

/** How far each illustrative council has come, as at mid 2012 (none recognised: the published figure is three). */
const STAGES = [
  { status: AdultsSignOffStatus.GATHERING_EVIDENCE, evidence: 2, against: null as AdultsEvidenceKind | null },
  { status: AdultsSignOffStatus.GATHERING_EVIDENCE, evidence: 5, against: AdultsEvidenceKind.DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK },
  { status: AdultsSignOffStatus.INVITED_TO_PRESENT, evidence: 5, against: null },
  { status: AdultsSignOffStatus.PRESENTED, evidence: 5, against: null },
];

const DEMO_AUTHORS: Record<AdultsEvidenceKind, string> = {
  PROGRESS_REPORT: "Director of adult social services (illustrative)",
  PEER_CHALLENGE_RESULTS: "Peer challenge team (illustrative)",
  PEER_DIRECTOR_ENDORSEMENT: "Independent peer director (illustrative)",
  DH_DEPUTY_REGIONAL_DIRECTOR_FEEDBACK: "DH deputy regional director (illustrative)",
  PRINCIPAL_ADVISER_FEEDBACK: "LGA principal adviser",
};

/**
 * Demonstration data filling the programme to the CQC's seven: four councils
 * picked deterministically, each marked illustrative (provenance DEMO, flag,
 * note) with a DEMO rating whose source says it is not a published one.
 * A council already rated, or already in the programme, is left alone.
 */
export async function seedDemoSignOffs(manager: EntityManager, recognised: ReferenceRecognition[]): Promise<void> {
  const regions = readRegions();
  const people = readPeople();
  const codes = illustrativeCouncilCodes(recognised);
  for (const [index, code] of codes.entries()) {
    const council = await manager.findOneByOrFail(Council, { code });
    if (await manager.existsBy(AdultsSignOff, { councilCode: code })) continue;
    if (council.cqcRating2010 === null) {
      await manager.update(
        Council,
        { code },
        { cqcRating2010: CqcRating.ADEQUATE, cqcRating2010Source: ILLUSTRATIVE_RATING_SOURCE, cqcRating2010Provenance: Provenance.DEMO },
      );
    } else if (council.cqcRating2010 !== CqcRating.ADEQUATE) continue;
    const stage = STAGES[index];
    const enteredOn = addDays("2011-06-01", index * 21);
    const onSiteFrom = addDays(enteredOn, 120);
    const onSiteTo = addDays(onSiteFrom, 3);
    const evidenceDates = EVIDENCE_KINDS.map((_, i) => addDays(onSiteTo, 14 + i * 10));
    const invitedOn = stage.status !== AdultsSignOffStatus.GATHERING_EVIDENCE ? addDays(evidenceDates[4], 21) : null;
    const presentedOn = stage.status === AdultsSignOffStatus.PRESENTED ? addDays(invitedOn!, 35) : null;
    const { identifiers } = await manager.insert(AdultsSignOff, {
      councilCode: code,
      cqcRating2010: CqcRating.ADEQUATE,
      status: stage.status,
      enteredOn,
      invitedOn,
      presentedOn,
      illustrative: true,
      note: ILLUSTRATIVE_NOTE,
      provenance: Provenance.DEMO,
    });
    const signOffId = Number(identifiers[0].id);
    await manager.insert(AdultsPeerChallenge, {
      signOffId,
      onSiteFrom,
      onSiteTo,
      leadPeer: "Lead peer, a director of adult social services from another region (illustrative)",
      focus: "Progress against the improvement plan since the 2009-10 assessment (illustrative)",
      provenance: Provenance.DEMO,
    });
    const region = regions.find((r) => r.code === council.regionCode);
    const adviser = people.find((p) => p.id === region?.principalAdviserId);
    await manager.insert(
      AdultsSignOffEvidence,
      EVIDENCE_KINDS.slice(0, stage.evidence).map((kind, i) => ({
        signOffId,
        kind,
        currentSignOffId: signOffId,
        givenOn: evidenceDates[i],
        author:
          kind === AdultsEvidenceKind.PRINCIPAL_ADVISER_FEEDBACK && adviser
            ? `${adviser.name}, LGA principal adviser (illustrative demonstration record)`
            : DEMO_AUTHORS[kind],
        outcome: kind === stage.against ? AdultsEvidenceOutcome.DOES_NOT_SUPPORT_SIGN_OFF : AdultsEvidenceOutcome.SUPPORTS_SIGN_OFF,
        summary: "Illustrative demonstration record.",
        provenance: Provenance.DEMO,
      })),
    );
  }
}
