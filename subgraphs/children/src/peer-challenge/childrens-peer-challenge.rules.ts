import { badUserInput, conflict, defineLifecycle } from "@sli/shared";
import {
  ALL_ENGAGED_BY,
  type PeerChallengeCoverage,
} from "./childrens-peer-challenge.entity";
import { ChildrensPeerChallengeStatus as Status } from "./childrens-peer-challenge.enums";

export const PEER_CHALLENGE_LIFECYCLE = defineLifecycle(
  "children's services peer challenge",
  "planned → scheduled → on site → completed; cancelled from any state before completed",
  {
    [Status.PLANNED]: [Status.SCHEDULED, Status.CANCELLED],
    [Status.SCHEDULED]: [Status.ON_SITE, Status.CANCELLED],
    [Status.ON_SITE]: [Status.COMPLETED, Status.CANCELLED],
    [Status.COMPLETED]: [],
    [Status.CANCELLED]: [],
  },
);

/** Rule: a council's peer challenge uses a model of its own region (models are developed by councils working together in regions). */
export function requireModelOfCouncilsRegion(councilCode: string, councilRegion: string, modelRegion: string): void {
  if (councilRegion !== modelRegion) {
    throw badUserInput(
      `Council ${councilCode} is in region ${councilRegion}, but that peer challenge model belongs to region ${modelRegion}: use a model of the council's own region`,
      { argument: "model" },
    );
  }
}

/** Rule: scheduling needs the dates on site, the last not before the first. */
export function requireVisitDates(startsOn: string | null | undefined, endsOn: string | null | undefined): void {
  if (!startsOn || !endsOn) throw badUserInput("Scheduling a peer challenge needs startsOn and endsOn", { argument: "startsOn" });
  if (endsOn < startsOn) throw badUserInput(`The peer challenge cannot end (${endsOn}) before it starts (${startsOn})`, { argument: "endsOn" });
}

/** Rule: completing records the DCS days actually given (against the five agreed): a whole number from 0 to 20. */
export function requireDcsDaysGiven(days: number | null | undefined): number {
  if (days === null || days === undefined) {
    throw badUserInput("Completing a peer challenge records dcsDaysGiven: the days of DCS time actually given (five were agreed)", { argument: "dcsDaysGiven" });
  }
  if (!Number.isInteger(days) || days < 0 || days > 20) throw badUserInput(`dcsDaysGiven must be a whole number from 0 to 20, not ${days}`, { argument: "dcsDaysGiven" });
  return days;
}

/**
 * Coverage against the target of every upper-tier council engaged by 31
 * December 2012: a council is engaged when it has a peer challenge that is not
 * cancelled (planned or later); completed counts those done.
 */
export function peerChallengeCoverage(
  upperTierCouncils: readonly string[],
  liveStatusByCouncil: ReadonlyMap<string, Status>,
): PeerChallengeCoverage {
  let engaged = 0;
  let completed = 0;
  for (const code of upperTierCouncils) {
    const status = liveStatusByCouncil.get(code);
    if (status === undefined || status === Status.CANCELLED) continue;
    engaged += 1;
    if (status === Status.COMPLETED) completed += 1;
  }
  const total = upperTierCouncils.length;
  return {
    upperTierCouncils: total,
    engaged,
    completed,
    notYetEngaged: total - engaged,
    shareEngaged: total ? engaged / total : 0,
    targetDate: ALL_ENGAGED_BY,
    targetMet: engaged === total,
  };
}

/** Rule: a region's peer challenge models have different names. */
export function modelNameTaken(region: string, name: string) {
  return conflict(`Region ${region} already has a peer challenge model named "${name}": one name per model in a region`);
}

/** Rule: one live (planned, scheduled, on site or completed) peer challenge per council; a cancelled one frees the council. */
export function oneLivePeerChallenge(council: string) {
  return conflict(`Council ${council} already has a peer challenge under way or completed: one live peer challenge per council (cancel it first)`);
}
