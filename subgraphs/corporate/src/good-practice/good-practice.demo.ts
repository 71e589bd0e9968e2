import { PartnerBoard, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { Council } from "../council/council.entity";
import { CorporatePeerChallenge, CorporatePeerChallengeFocusArea } from "../peer-challenge/corporate-peer-challenge.entity";
import { CorporatePeerChallengeStatus } from "../peer-challenge/corporate-peer-challenge.enums";
import { GoodPractice } from "./good-practice.entity";
import { GoodPracticeSourceKind as Kind, GoodPracticeStatus, GoodPracticeTheme as Theme } from "./good-practice.enums";
import { searchText } from "./good-practice.rules";

/** Where the seed document is cited from. */
const SEED = "LGA, Sector-led improvement in local government (2012)";
/** The seed document is undated; "As at April 2012" is the latest it states as past. */
const SEED_DATE = "2012-04-30";

interface SeedItem {
  board: PartnerBoard;
  theme: Theme;
  title: string;
  summary: string;
  council: string | null;
  source: [Kind, number] | null;
  citation: string | null;
  on: string;
  status: GoodPracticeStatus;
  provenance: Provenance;
}

const stated = (item: Omit<SeedItem, "status" | "provenance" | "on">): SeedItem => ({ ...item, on: SEED_DATE, status: GoodPracticeStatus.PUBLISHED, provenance: Provenance.REFERENCE });

const RECOGNISED =
  `${SEED}, Annex B (adult social care): "the council is invited to present to the Towards Excellence Board so that its progress can be ` +
  `recognised and potential learning can be identified and shared. As at April 2012 the board has been able to acknowledge the progress ` +
  `made by Cornwall, Central Bedfordshire and South Tyneside councils".`;

/**
 * What the seed document itself states as learning (provenance REFERENCE,
 * each citing its passage). TEASC's three recognised councils come from
 * their sign-offs, the adults board's reference records (ids 1–3, in the
 * order of seed-data/teasc_recognised.csv); the seed names the councils and
 * how their progress was recognised, not the learning itself, and says so.
 */
const STATED: SeedItem[] = [
  ...([
    ["E06000052", "Cornwall", 1],
    ["E06000056", "Central Bedfordshire", 2],
    ["E08000023", "South Tyneside", 3],
  ] as const).map(([code, name, signOff]) =>
    stated({
      board: PartnerBoard.ADULTS,
      theme: Theme.IMPROVEMENT_RECOGNISED,
      title: `Improvement in adult social care recognised: ${name}`,
      summary:
        `The Towards Excellence in Adult Social Care Board acknowledged the progress ${name} made since the CQC rated its adult social care ` +
        "adequate (2009-10). The board recognises a council where its progress report against its improvement plan, the results of its peer " +
        "challenge and endorsement from an independent peer director, confirmed by the DH deputy regional director and the LGA principal adviser, " +
        "all align. The seed names the council and the recognition, not the learning itself: ask the council and TEASC for it.",
      council: code,
      source: [Kind.ADULTS_SIGN_OFF, signOff],
      citation: RECOGNISED,
    }),
  ),
  stated({
    board: PartnerBoard.CORPORATE,
    theme: Theme.PEER_CHALLENGE,
    title: "Corporate peer challenge: a useful learning tool for the peers too",
    summary:
      "24 councils had a corporate peer challenge in 2011/12. Leaders and chief executives reported high levels of overall satisfaction, all of " +
      "the participating councils said they would recommend it to another authority, and the peers involved fed back on what a useful learning " +
      "tool it is for them.",
    council: null,
    source: null,
    citation:
      `${SEED}, "Peer challenge": "with 24 councils having benefitted from a corporate peer challenge in 2011/12 … all of the participating ` +
      `councils saying they would recommend it to another authority. Equally, peers involved have fed back on what a useful learning tool it is for them."`,
  }),
  stated({
    board: PartnerBoard.CHILDREN,
    theme: Theme.PEER_CHALLENGE,
    title: "Regional models of children's services peer challenge, and the CIB's review of their learning",
    summary:
      "Councils working together in regions have developed a number of different models of children's services peer challenge, each director of " +
      "children's services giving five days to challenge other councils. All councils are expected to have been engaged in peer challenge by " +
      "31 December 2012, and the CIB will review the learning from the different approaches in January and February 2013.",
    council: null,
    source: null,
    citation:
      `${SEED}, Annex A (children's services): "A number of different models of children's services peer challenge have been developed by ` +
      `councils working together in regions … CIB will review the learning from the different approaches being adopted in January and February 2013."`,
  }),
  stated({
    board: PartnerBoard.CHILDREN,
    theme: Theme.SAFEGUARDING,
    title: "Safeguarding peer review: the corporate method with a fixed focus for a high-risk area",
    summary:
      "The children's safeguarding peer review builds on the LGA's corporate peer challenge methodology, keeps the \"peer review\" label that " +
      "children's services recognise, and allows less flexibility about focus and approach because safeguarding is such a high risk area. " +
      "Twenty six had been delivered; the offer is prioritised for councils receiving targeted or early support.",
    council: null,
    source: null,
    citation:
      `${SEED}, Annex A (children's services): "This offer builds on the LGA's corporate peer challenge methodology … there is less flexibility ` +
      `about the focus and approach because safeguarding is such a high risk area for the sector."`,
  }),
];

const demo = (item: Omit<SeedItem, "provenance" | "citation" | "status"> & { status?: GoodPracticeStatus }): SeedItem => ({
  status: GoodPracticeStatus.PUBLISHED,
  ...item,
  summary: `Demonstration record. ${item.summary}`,
  citation: null,
  provenance: Provenance.DEMO,
});

/**
 * Demonstration items drawn from the other boards' demonstration records,
 * by their ids there (the boards' demo seeds are deterministic: the same
 * records on SQLite and MariaDB); the texts repeat what those records say.
 * test/src/good-practice.test.ts checks that every source resolves to its
 * board's record of the same council.
 */
const FROM_OTHER_BOARDS: SeedItem[] = [
  ...([
    [15, "E06000016", "Leicester", "East Midlands triads", "2012-02-19", "2012-02-22", 3, "Councils challenge one another in groups of three, each DCS giving five days to the others."],
    [72, "E09000003", "Barnet", "London triads", "2012-04-30", "2012-05-03", 6, "Councils challenge one another in groups of three, each DCS giving five days to the others."],
    [41, "E08000001", "Bolton", "North West peer review pairs", "2012-04-26", "2012-04-29", 4, "Councils are paired; each hosts and gives a review team in turn."],
    [53, "E08000016", "Barnsley", "Yorkshire and The Humber regional challenge panel", "2012-04-05", "2012-04-08", 3, "A standing regional panel of DCSs and lead members challenges each council's self-assessment."],
    [97, "E10000009", "Dorset", "South West regional challenge panel", "2012-02-27", "2012-03-01", 4, "A standing regional panel of DCSs and lead members challenges each council's self-assessment."],
  ] as const).map(([id, code, name, model, from, to, days, how]) =>
    demo({
      board: PartnerBoard.CHILDREN,
      theme: Theme.PEER_CHALLENGE,
      title: `${model}: ${name}'s children's services peer challenge`,
      summary: `${name} completed a children's services peer challenge under the ${model} model (${from} to ${to}, ${days} days of a DCS's time given). ${how}`,
      council: code,
      source: [Kind.CHILDRENS_PEER_CHALLENGE, id],
      on: to,
    }),
  ),
  ...([
    [26, "E09000002", "Barking and Dagenham", "2012-03-03", "2012-03-07", "2012-04-04"],
    [3, "E08000016", "Barnsley", "2011-06-23", "2011-06-27", "2011-07-25"],
    [25, "E08000025", "Birmingham", "2012-02-11", "2012-02-15", "2012-03-14"],
  ] as const).map(([id, code, name, from, to, reported]) =>
    demo({
      board: PartnerBoard.CHILDREN,
      theme: Theme.SAFEGUARDING,
      title: `Safeguarding peer review: ${name}`,
      summary:
        `${name} had a children's safeguarding peer review on site from ${from} to ${to}, reported on ${reported}, with the national fixed focus: ` +
        "the effectiveness of front-line practice, management oversight, partnership working and leadership of safeguarding.",
      council: code,
      source: [Kind.SAFEGUARDING_PEER_REVIEW, id],
      on: reported,
    }),
  ),
  // A draft: the CIB has shared it, the library has not published it.
  demo({
    board: PartnerBoard.CHILDREN,
    theme: Theme.SAFEGUARDING,
    title: "Safeguarding peer review: Bolton",
    summary:
      "Bolton had a children's safeguarding peer review on site from 2011-11-06 to 2011-11-10, reported on 2011-12-08, with the national fixed focus " +
      "on front-line practice, management oversight, partnership working and leadership of safeguarding.",
    council: "E08000001",
    source: [Kind.SAFEGUARDING_PEER_REVIEW, 16],
    on: "2011-12-08",
    status: GoodPracticeStatus.DRAFT,
  }),
  ...([
    [82, "E06000052", "Cornwall", 2011, "2012-02-11", Theme.HEALTH_INTEGRATION, "A joint discharge team with the NHS",
      "Work with the NHS to reduce delayed transfers of care", "Joint discharge team set up; delayed transfers reduced in the second half of the year.",
      "Survey of people who use services and carers, followed by workshops with voluntary organisations."],
    [82, "E06000052", "Cornwall", 2011, "2012-02-11", Theme.SAFEGUARDING, "Safeguarding thresholds reviewed, frontline staff trained",
      "Keep people safe from abuse and neglect", "Safeguarding board reviewed thresholds; training reached most frontline staff.",
      "Survey of people who use services and carers, followed by workshops with voluntary organisations."],
    [211, "E10000011", "East Sussex", 2012, "2012-06-30", Theme.INDEPENDENT_LIVING, "Reablement for people leaving hospital",
      "Support more people to live independently at home", "Reablement now offered to most people leaving hospital; fewer permanent admissions to care homes.",
      "Survey of people who use services and carers, followed by workshops with voluntary organisations."],
    [211, "E10000011", "East Sussex", 2012, "2012-06-30", Theme.CARERS, "A carers' breaks scheme",
      "Support carers to continue caring", "Carers' assessments increased; a carers' breaks scheme was commissioned.",
      "Survey of people who use services and carers, followed by workshops with voluntary organisations."],
    [244, "E08000016", "Barnsley", 2011, "2012-01-12", Theme.INDEPENDENT_LIVING, "Reablement and fewer admissions to care homes",
      "Support more people to live independently at home", "Reablement now offered to most people leaving hospital; fewer permanent admissions to care homes.",
      "A reference group of people who use services reviewed each priority and the progress reported."],
    [152, "E09000003", "Barnet", 2011, "2012-01-05", Theme.PERSONALISATION, "Personal budgets: take-up rising",
      "Increase the number of people using personal budgets and direct payments", "Take-up of personal budgets rose over the year; direct payments remain below target.",
      "A reference group of people who use services reviewed each priority and the progress reported."],
    [152, "E09000003", "Barnet", 2011, "2012-01-05", Theme.INFORMATION_AND_ADVICE, "An online directory for people who fund their own care",
      "Improve information and advice for people who fund their own care", "An online directory of services launched; advice line hours extended.",
      "A reference group of people who use services reviewed each priority and the progress reported."],
  ] as const).map(([id, code, name, year, published, theme, title, priority, progress, engagement]) =>
    demo({
      board: PartnerBoard.ADULTS,
      theme,
      title: `${title}: ${name}`,
      summary: `${name}'s ${year} local account (published ${published}) set the priority "${priority}". Progress: ${progress} How the account was made: ${engagement}`,
      council: code,
      source: [Kind.LOCAL_ACCOUNT, id],
      on: published,
    }),
  ),
];

/** Corporate peer challenge focus areas, by the theme a shared item takes. */
const FOCUS_THEMES: Record<string, Theme> = {
  "Transformation and efficiency": Theme.EFFICIENCY_AND_SHARED_SERVICES,
  "Shared services": Theme.EFFICIENCY_AND_SHARED_SERVICES,
  "Partnership working": Theme.PARTNERSHIP_WORKING,
  "Community engagement": Theme.COMMUNITY_ENGAGEMENT,
  "Health and wellbeing": Theme.HEALTH_INTEGRATION,
  "Customer access": Theme.INFORMATION_AND_ADVICE,
};

/** The LGA's own: each published demonstration corporate peer challenge's first focus area with a theme (read from this board's records). */
async function fromCorporatePeerChallenges(manager: EntityManager): Promise<SeedItem[]> {
  const challenges = await manager.find(CorporatePeerChallenge, {
    where: { status: CorporatePeerChallengeStatus.REPORT_PUBLISHED, provenance: Provenance.DEMO },
    order: { id: "ASC" },
  });
  const areas = await manager.find(CorporatePeerChallengeFocusArea, { order: { challengeId: "ASC", position: "ASC" } });
  const names = new Map((await manager.find(Council)).map((council) => [council.code, council.name]));
  const items: SeedItem[] = [];
  for (const challenge of challenges) {
    const area = areas.find((each) => each.challengeId === challenge.id && FOCUS_THEMES[each.title]);
    if (!area || !challenge.reportPublishedOn) continue;
    const name = names.get(challenge.councilCode)!;
    items.push(
      demo({
        board: PartnerBoard.CORPORATE,
        theme: FOCUS_THEMES[area.title]!,
        title: `${area.title}: ${name}'s corporate peer challenge`,
        summary:
          `${name}'s corporate peer challenge (on site ${challenge.onSiteFrom} to ${challenge.onSiteTo}, report published ${challenge.reportPublishedOn}) ` +
          `looked at ${area.title.toLowerCase()} beside the core components of leadership, corporate capacity and financial resilience. ` +
          "The demonstration holds no findings; the item shows how a published challenge's learning is shared.",
        council: challenge.councilCode,
        source: [Kind.CORPORATE_PEER_CHALLENGE, challenge.id],
        on: challenge.reportPublishedOn,
      }),
    );
  }
  return items;
}

/** The library's seed: what the seed document states (REFERENCE), and demonstration items (DEMO) when asked for; each set once. */
export async function seedGoodPractice(manager: EntityManager, demoData: boolean): Promise<void> {
  const has = async (provenance: Provenance) => (await manager.countBy(GoodPractice, { provenance })) > 0;
  const items = [
    ...((await has(Provenance.REFERENCE)) ? [] : STATED),
    ...(demoData && !(await has(Provenance.DEMO)) ? [...(await fromCorporatePeerChallenges(manager)), ...FROM_OTHER_BOARDS] : []),
  ];
  // Demo items name demo records, which exist only with the demo data; a stated item's record (a TEASC sign-off) is reference data.
  await manager.save(
    items.map((item) =>
      Object.assign(new GoodPractice(), {
        councilCode: item.council,
        board: item.board,
        theme: item.theme,
        status: item.status,
        title: item.title,
        summary: item.summary,
        sourceKind: item.source?.[0] ?? null,
        sourceId: item.source?.[1] ?? null,
        citation: item.citation,
        sharedOn: item.on,
        publishedOn: item.status === GoodPracticeStatus.PUBLISHED ? item.on : null,
        provenance: item.provenance,
        searchTitle: searchText(item.title),
        searchSummary: searchText(item.summary),
      }),
    ),
  );
}
