import { addDays, demoRandom, Provenance } from "@sli/shared";
import type { DataSource } from "typeorm";
import { Council } from "../council/council.entity";
import { Person } from "../person/person.entity";
import { CorporatePeerChallenge, CorporatePeerChallengeFocusArea, CorporatePeerChallengePeer, NO_COST_WINDOW } from "./corporate-peer-challenge.entity";
import { CorporatePeerChallengeSatisfaction, CorporatePeerChallengeStatus as Status, PeerRole } from "./corporate-peer-challenge.enums";
import { PUBLISHED_FIGURES } from "./corporate-peer-challenge.rules";

/** How the published figures are split between states (24 delivered in 2011/12; 70 booked in or being discussed). */
export const DEMO_SPLIT = {
  reportPublished: 16,
  feedbackGiven: PUBLISHED_FIGURES.delivered - 16,
  booked: 40,
  interestExpressed: PUBLISHED_FIGURES.bookedOrDiscussed - 40,
  /** Extra cancelled challenges (not in the figures) on councils that then expressed interest again. */
  cancelled: 3,
} as const;

const FOCUS_AREAS = [
  "Economic growth and regeneration",
  "Transformation and efficiency",
  "Partnership working",
  "Community engagement",
  "Health and wellbeing",
  "Housing",
  "Shared services",
  "Customer access",
] as const;

const DEMO_NOTE = "Demonstration record, not an assessment of this council.";

/** Demo peers: people of provenance DEMO with plainly invented names, never real peers. */
function demoPeople(): Person[] {
  const people: Person[] = [];
  const roles: Array<[string, string]> = [
    ["Councillor", "member peer"],
    ["Chief Executive", "officer peer"],
    ["Director of Resources", "officer peer"],
  ];
  for (let i = 1; i <= 18; i++) {
    const [title, kind] = roles[(i - 1) % roles.length];
    people.push(
      Object.assign(new Person(), {
        id: `demo-peer-${String(i).padStart(2, "0")}`,
        name: `Demo Peer ${String(i).padStart(2, "0")}`,
        title: `${title} (${kind}, demonstration)`,
        organisation: "Demonstration council",
        email: null,
        provenance: Provenance.DEMO,
      }),
    );
  }
  for (let i = 1; i <= 3; i++) {
    people.push(
      Object.assign(new Person(), {
        id: `demo-challenge-manager-${i}`,
        name: `Demo Challenge Manager ${i}`,
        title: "Peer challenge manager (demonstration)",
        organisation: "Local Government Association",
        email: null,
        provenance: Provenance.DEMO,
      }),
    );
  }
  return people;
}

/**
 * Demonstration corporate peer challenges adding up to the published figures:
 * 24 delivered with feedback in 2011/12 (16 with their report published), 70
 * booked in (40) or being discussed (30), and 3 cancelled ones whose councils
 * expressed interest again. Deterministic; adds nothing if demo challenges exist.
 */
export async function seedCorporatePeerChallengeDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    if (await manager.countBy(CorporatePeerChallenge, { provenance: Provenance.DEMO })) return;

    const people = demoPeople();
    const present = new Set((await manager.find(Person, { select: { id: true } })).map((p) => p.id));
    const missing = people.filter((p) => !present.has(p.id));
    if (missing.length) await manager.insert(Person, missing);
    const peers = people.filter((p) => p.id.startsWith("demo-peer-"));
    const managers = people.filter((p) => p.id.startsWith("demo-challenge-manager-"));

    const random = demoRandom(20112012);
    const councils = random.shuffle((await manager.find(Council, { select: { code: true }, order: { code: "ASC" } })).map((c) => c.code));
    const total = PUBLISHED_FIGURES.delivered + PUBLISHED_FIGURES.bookedOrDiscussed;
    const chosen = councils.slice(0, total);

    type Plan = { council: string; status: Status; cancelled?: boolean };
    const plans: Plan[] = [];
    let at = 0;
    // Cancelled first, on councils that later expressed interest again (the cancelled one frees the slot).
    const interestCouncils = chosen.slice(total - DEMO_SPLIT.interestExpressed);
    for (let i = 0; i < DEMO_SPLIT.cancelled; i++) plans.push({ council: interestCouncils[i], status: Status.CANCELLED });
    for (let i = 0; i < DEMO_SPLIT.reportPublished; i++) plans.push({ council: chosen[at++], status: Status.REPORT_PUBLISHED });
    for (let i = 0; i < DEMO_SPLIT.feedbackGiven; i++) plans.push({ council: chosen[at++], status: Status.FEEDBACK_GIVEN });
    for (let i = 0; i < DEMO_SPLIT.booked; i++) plans.push({ council: chosen[at++], status: Status.BOOKED });
    for (let i = 0; i < DEMO_SPLIT.interestExpressed; i++) plans.push({ council: chosen[at++], status: Status.INTEREST_EXPRESSED });

    for (const plan of plans) {
      const delivered = plan.status === Status.REPORT_PUBLISHED || plan.status === Status.FEEDBACK_GIVEN;
      const challenge: Partial<CorporatePeerChallenge> = {
        councilCode: plan.council,
        status: plan.status,
        noCost: true,
        noCostWindow: plan.status === Status.CANCELLED ? null : NO_COST_WINDOW,
        provenance: Provenance.DEMO,
      };
      let onSiteFrom: string | null = null;
      if (delivered) {
        // On site between September 2011 and mid-March 2012: feedback on the last day, inside 2011/12.
        onSiteFrom = addDays("2011-09-05", random.int(0, 190));
        challenge.interestExpressedOn = addDays("2011-06-01", random.int(0, Math.max(0, daysBetween("2011-06-01", onSiteFrom) - 60)));
        challenge.bookedOn = addDays(challenge.interestExpressedOn, random.int(14, 45));
        challenge.onSiteFrom = onSiteFrom;
        challenge.onSiteTo = addDays(onSiteFrom, 3);
        challenge.feedbackGivenOn = challenge.onSiteTo;
        challenge.leadershipFindings = DEMO_NOTE;
        challenge.corporateCapacityFindings = DEMO_NOTE;
        challenge.financialResilienceFindings = DEMO_NOTE;
        challenge.satisfaction = random.next() < 0.7 ? CorporatePeerChallengeSatisfaction.VERY_SATISFIED : CorporatePeerChallengeSatisfaction.SATISFIED;
        challenge.wouldRecommend = true;
        if (plan.status === Status.REPORT_PUBLISHED) {
          challenge.reportPublishedOn = addDays(challenge.feedbackGivenOn, random.int(28, 56));
          challenge.reportUrl = `https://example.org/demo/corporate-peer-challenge/${plan.council}`;
        }
      } else if (plan.status === Status.BOOKED) {
        challenge.interestExpressedOn = addDays("2011-10-03", random.int(0, 150));
        challenge.bookedOn = addDays("2012-04-02", random.int(0, 55));
        onSiteFrom = addDays("2012-06-04", random.int(0, 270));
        challenge.onSiteFrom = onSiteFrom;
        challenge.onSiteTo = addDays(onSiteFrom, 3);
      } else if (plan.status === Status.INTEREST_EXPRESSED) {
        challenge.interestExpressedOn = addDays("2012-01-09", random.int(0, 140));
      } else {
        challenge.interestExpressedOn = addDays("2011-06-13", random.int(0, 90));
        challenge.cancelledFrom = Status.INTEREST_EXPRESSED;
        challenge.cancelledOn = addDays(challenge.interestExpressedOn, random.int(20, 60));
        challenge.cancellationReason = "Demonstration: the council asked to defer to a later date.";
      }
      const { identifiers } = await manager.insert(CorporatePeerChallenge, challenge);
      const challengeId = Number(identifiers[0].id);

      const areas = random.shuffle(FOCUS_AREAS).slice(0, random.int(1, 2));
      await manager.insert(
        CorporatePeerChallengeFocusArea,
        areas.map((title, i) => ({ challengeId, position: i + 1, title, findings: delivered ? DEMO_NOTE : null, provenance: Provenance.DEMO })),
      );
      if (onSiteFrom) {
        const team = random.shuffle(peers).slice(0, 3);
        await manager.insert(CorporatePeerChallengePeer, [
          { challengeId, personId: team[0].id, role: PeerRole.LEAD_MEMBER_PEER, provenance: Provenance.DEMO },
          { challengeId, personId: team[1].id, role: PeerRole.CHIEF_EXECUTIVE_PEER, provenance: Provenance.DEMO },
          { challengeId, personId: team[2].id, role: PeerRole.OFFICER_PEER, provenance: Provenance.DEMO },
          { challengeId, personId: random.pick(managers).id, role: PeerRole.CHALLENGE_MANAGER, provenance: Provenance.DEMO },
        ]);
      }
    }
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
