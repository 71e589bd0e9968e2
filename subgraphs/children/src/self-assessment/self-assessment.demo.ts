import { addDays, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, upperTierCouncils } from "../common/demo";
import { ChildrensPeerChallenge } from "../peer-challenge/childrens-peer-challenge.entity";
import { ChildrensPeerChallengeStatus } from "../peer-challenge/childrens-peer-challenge.enums";
import {
  ChildrensSelfAssessment,
  SelfAssessmentChallenge,
  SelfAssessmentChallenger,
} from "./self-assessment.entity";
import { ChildrensSelfAssessmentStatus as Status, SelfAssessmentChallengeOutcome as Outcome } from "./self-assessment.enums";

const OUTCOMES = [Outcome.CONFIRMED, Outcome.CONFIRMED_WITH_ADDITIONS, Outcome.CONFIRMED, Outcome.NOT_CONFIRMED];

/**
 * Demonstration: every council engaged in peer challenge has a 2011/12
 * self-assessment; where the peer challenge is completed it has been
 * challenged by peers of the next two councils of its region, otherwise it is
 * submitted (or a draft while the challenge is only planned).
 */
export async function seedSelfAssessmentDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, ChildrensSelfAssessment)) return;
  const councils = await upperTierCouncils(manager);
  const challenges = new Map((await manager.find(ChildrensPeerChallenge)).map((challenge) => [challenge.councilCode, challenge]));
  let n = 0;
  for (const council of councils) {
    const challenge = challenges.get(council.code);
    if (!challenge) continue;
    const status =
      challenge.status === ChildrensPeerChallengeStatus.COMPLETED ? Status.CHALLENGED : challenge.status === ChildrensPeerChallengeStatus.PLANNED ? Status.DRAFT : Status.SUBMITTED;
    const assessment = await manager.save(
      manager.create(ChildrensSelfAssessment, {
        councilCode: council.code,
        period: "2011/12",
        summary: "Demonstration record: the council's own assessment of its children's services for 2011/12.",
        strengths: ["Stable, experienced social care workforce", "Strong multi-agency safeguarding arrangements"],
        areasForImprovement: ["Timeliness of initial assessments", "Placement stability for looked after children"],
        status,
        provenance: Provenance.DEMO,
      }),
    );
    if (status !== Status.CHALLENGED) continue;
    const saved = await manager.save(
      manager.create(SelfAssessmentChallenge, {
        selfAssessmentId: assessment.id,
        heldOn: addDays(challenge.endsOn!, 1),
        outcome: OUTCOMES[n++ % OUTCOMES.length],
        findings: "Demonstration record: the peers' findings in brief.",
        provenance: Provenance.DEMO,
      }),
    );
    const region = councils.filter((other) => other.regionCode === council.regionCode);
    const at = region.findIndex((other) => other.code === council.code);
    const peers = [1, 2].map((step) => region[(at + step) % region.length]).filter((other) => other.code !== council.code);
    await manager.insert(SelfAssessmentChallenger, [...new Set(peers.map((p) => p.code))].map((councilCode) => ({ challengeId: saved.id, councilCode })));
  }
}
