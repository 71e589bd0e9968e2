import { addDays, demoRandom, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, regionNames, upperTierCouncils } from "../common/demo";
import { ChildrensPerson } from "../person/childrens-person.entity";
import {
  ChildrensPeerChallenge,
  PeerChallengeModel,
  PeerChallengeTeamMembership,
} from "./childrens-peer-challenge.entity";
import { ChildrensPeerChallengeStatus as Status } from "./childrens-peer-challenge.enums";

/** Each region's councils developed their own model; the demo gives each a model named after its region. */
const MODEL_STYLES = [
  ["triads", "Councils challenge one another in groups of three, each DCS giving five days to the others."],
  ["peer review pairs", "Councils are paired; each hosts and gives a review team in turn."],
  ["regional challenge panel", "A standing regional panel of DCSs and lead members challenges each council's self-assessment."],
] as const;

/**
 * Demonstration: one model per region; about two councils in five completed,
 * one in five scheduled and one in six planned by mid-2012, heading to all 152
 * engaged by 31 December 2012. Each challenge has a demo lead peer and one peer.
 */
export async function seedPeerChallengeDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, PeerChallengeModel)) return;
  const random = demoRandom(20121231);
  const names = regionNames();
  const models = new Map<string, PeerChallengeModel>();
  [...names.keys()].sort().forEach((code, i) => {
    const [style, description] = MODEL_STYLES[i % MODEL_STYLES.length];
    models.set(code, manager.create(PeerChallengeModel, { regionCode: code, name: `${names.get(code)} ${style}`, description: `Demonstration record. ${description}`, provenance: Provenance.DEMO }));
  });
  await manager.save([...models.values()]);
  let peer = 0;
  const person = (title: string) =>
    manager.create(ChildrensPerson, { name: `Demo peer ${String(++peer).padStart(3, "0")}`, title, organisation: null, email: null, provenance: Provenance.DEMO });
  for (const council of await upperTierCouncils(manager)) {
    const draw = random();
    const status = draw < 0.4 ? Status.COMPLETED : draw < 0.6 ? Status.SCHEDULED : draw < 0.76 ? Status.PLANNED : null;
    if (!status) continue;
    const [lead, member] = await manager.save([person("Peer director of children's services"), person("Peer lead member for children")]);
    const startsOn = status === Status.COMPLETED ? addDays("2012-01-09", Math.floor(random() * 150)) : status === Status.SCHEDULED ? addDays("2012-09-03", Math.floor(random() * 100)) : null;
    const challenge = await manager.save(
      manager.create(ChildrensPeerChallenge, {
        councilCode: council.code,
        liveCouncilCode: council.code,
        modelId: models.get(council.regionCode)!.id,
        leadPeerId: lead.id,
        status,
        startsOn,
        endsOn: startsOn ? addDays(startsOn, 3) : null,
        dcsDaysGiven: status === Status.COMPLETED ? 3 + Math.floor(random() * 4) : null,
        provenance: Provenance.DEMO,
      }),
    );
    await manager.insert(PeerChallengeTeamMembership, { challengeId: challenge.id, personId: member.id, role: "Lead member peer" });
  }
}
