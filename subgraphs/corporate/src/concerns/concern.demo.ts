import { Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "../council/council.entity";
import { demoPerformanceFactor } from "../performance/performance.demo";
import { Person } from "../person/person.entity";
import { Region } from "../region/region.entity";
import { Concern, ConcernContact, ConcernEvidence, ConcernSource, SupportEngagement } from "./concern.entity";
import {
  ConcernRaiserKind,
  ConcernSeverity,
  ConcernSourceKind,
  ConcernStatus,
  ContactLevel,
  SupportEngagementStatus,
} from "./concern.enums";

interface DemoConcern {
  region: string;
  severity: ConcernSeverity;
  status: ConcernStatus;
  raisedOn: string;
  awareOn: string | null;
  sources: ConcernSourceKind[];
  summary: string;
  evidence: Array<[string, string]>;
  contacts: Array<[ContactLevel, string, string]>;
  engagement?: Omit<SupportEngagement, "id" | "concernId" | "provenance">;
}

/**
 * Five demonstration concerns, one in each of five regions, about the upper-tier
 * council with the weakest demo performance there (so the demo performance data
 * bears them out). Every text says it is a demonstration; provenance DEMO.
 */
const DEMO_CONCERNS: DemoConcern[] = [
  {
    region: "E12000002",
    severity: ConcernSeverity.SERIOUS,
    status: ConcernStatus.SHARED,
    raisedOn: "2012-01-16",
    awareOn: "2012-01-23",
    sources: [ConcernSourceKind.PERFORMANCE_DATA, ConcernSourceKind.INSPECTORATE],
    summary: "[Demonstration] Corporate capacity and financial planning at risk after sustained decline across several service measures.",
    evidence: [
      ["[Demonstration] Bottom-quartile results on four headline measures for three years running", "LG Inform comparison with nearest neighbours (demo data)"],
      ["[Demonstration] Inspection letter raising concerns about service management", "Service inspectorate correspondence (illustrative)"],
    ],
    contacts: [
      [ContactLevel.CHIEF_EXECUTIVE, "2012-01-20", "[Demonstration] Agreed to share the evidence and discuss support"],
      [ContactLevel.LEADER, "2012-01-23", "[Demonstration] Leader accepted the case for an improvement board"],
    ],
    engagement: {
      partners: ["Local Government Association", "Regional improvement and efficiency partnership", "Department for Communities and Local Government"],
      scope: "[Demonstration] An improvement board chaired by a peer leader overseeing the council's recovery plan for corporate capacity and finance.",
      startsOn: "2012-03-01",
      reviewOn: "2012-09-01",
      status: SupportEngagementStatus.AGREED,
    },
  },
  {
    region: "E12000005",
    severity: ConcernSeverity.SIGNIFICANT,
    status: ConcernStatus.OPEN,
    raisedOn: "2012-02-08",
    awareOn: "2012-02-15",
    sources: [ConcernSourceKind.PEER_CHALLENGE, ConcernSourceKind.QUALITATIVE],
    summary: "[Demonstration] Peer challenge feedback pointed to weak political and managerial leadership alignment.",
    evidence: [["[Demonstration] Corporate peer challenge feedback letter", "Corporate peer challenge team (illustrative)"]],
    contacts: [[ContactLevel.CHIEF_EXECUTIVE, "2012-02-15", "[Demonstration] Discussed the feedback and the offer of mentoring"]],
  },
  {
    region: "E12000006",
    severity: ConcernSeverity.EMERGING,
    status: ConcernStatus.OPEN,
    raisedOn: "2012-03-05",
    awareOn: null,
    sources: [ConcernSourceKind.PERFORMANCE_DATA],
    summary: "[Demonstration] Falling residents' satisfaction and rising sickness absence: to watch.",
    evidence: [["[Demonstration] Two-year decline in residents' satisfaction", "LGA residents' satisfaction polling (demo data)"]],
    contacts: [],
  },
  {
    region: "E12000003",
    severity: ConcernSeverity.SERIOUS,
    status: ConcernStatus.OPEN,
    raisedOn: "2012-03-19",
    awareOn: null,
    sources: [ConcernSourceKind.GOVERNMENT_DEPARTMENT, ConcernSourceKind.QUALITATIVE],
    summary: "[Demonstration] Government department signals a risk of intervention in a statutory service; leadership contact still to be made.",
    evidence: [["[Demonstration] Note of a meeting with the department's regional team", "Government department (illustrative)"]],
    contacts: [],
  },
  {
    region: "E12000008",
    severity: ConcernSeverity.SIGNIFICANT,
    status: ConcernStatus.RESOLVED,
    raisedOn: "2011-10-03",
    awareOn: "2011-10-10",
    sources: [ConcernSourceKind.PERFORMANCE_DATA, ConcernSourceKind.OTHER],
    summary: "[Demonstration] Delays in benefit processing; resolved after peer support to the service.",
    evidence: [["[Demonstration] Processing times in the bottom decile", "DWP speed of processing statistics (demo data)"]],
    contacts: [[ContactLevel.LEADER, "2011-10-10", "[Demonstration] Leader agreed to a short peer review of the service"]],
  },
];

/** Loads the demo concerns once: a second seed finds them and adds nothing. */
export async function seedConcernsDemo(manager: EntityManager): Promise<void> {
  if (await manager.count(Concern, { where: { provenance: Provenance.DEMO } })) return;
  const councils = await manager.find(Council, { where: { upperTier: true }, order: { code: "ASC" } });
  const regions = new Map((await manager.find(Region)).map((region) => [region.code, region]));
  const people = new Map((await manager.find(Person)).map((person) => [person.id, person]));
  for (const demo of DEMO_CONCERNS) {
    const council = councils
      .filter((candidate) => candidate.regionCode === demo.region)
      .sort((a, b) => demoPerformanceFactor(a.code) - demoPerformanceFactor(b.code))[0];
    const adviserId = regions.get(demo.region)?.principalAdviserId;
    const concern = await manager.save(
      Object.assign(new Concern(), {
        councilCode: council.code,
        raisedByKind: ConcernRaiserKind.PRINCIPAL_ADVISER,
        raisedByName: (adviserId && people.get(adviserId)?.name) || "Principal adviser",
        raisedBySubject: null,
        raisedOn: demo.raisedOn,
        summary: demo.summary,
        severity: demo.severity,
        councilAwareOn: demo.awareOn,
        status: demo.status,
        evidenceItems: demo.evidence.length,
        provenance: Provenance.DEMO,
      }),
    );
    await manager.insert(ConcernSource, demo.sources.map((source) => ({ concernId: concern.id, source })));
    await manager.insert(
      ConcernEvidence,
      demo.evidence.map(([description, source]) => ({ concernId: concern.id, description, source, provenance: Provenance.DEMO })),
    );
    if (demo.contacts.length) {
      await manager.insert(
        ConcernContact,
        demo.contacts.map(([level, contactedOn, notes]) => ({
          concernId: concern.id,
          level,
          contactedOn,
          madeBy: concern.raisedByName,
          notes,
          provenance: Provenance.DEMO,
        })),
      );
    }
    if (demo.engagement) {
      await manager.save(Object.assign(new SupportEngagement(), { ...demo.engagement, concernId: concern.id, provenance: Provenance.DEMO }));
    }
  }
}
