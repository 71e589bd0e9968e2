import { addDays, demoRandom, Provenance, readCouncils } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { LocalAccount, LocalAccountPriority } from "./local-account.entity";
import { LocalAccountStatus } from "./local-account.enums";

const PRIORITIES: Array<[string, string]> = [
  ["Increase the number of people using personal budgets and direct payments", "Take-up of personal budgets rose over the year; direct payments remain below target."],
  ["Support more people to live independently at home", "Reablement now offered to most people leaving hospital; fewer permanent admissions to care homes."],
  ["Improve the quality of residential and nursing care", "Quality framework agreed with providers; contract monitoring visits extended."],
  ["Keep people safe from abuse and neglect", "Safeguarding board reviewed thresholds; training reached most frontline staff."],
  ["Support carers to continue caring", "Carers' assessments increased; a carers' breaks scheme was commissioned."],
  ["Improve information and advice for people who fund their own care", "An online directory of services launched; advice line hours extended."],
  ["Work with the NHS to reduce delayed transfers of care", "Joint discharge team set up; delayed transfers reduced in the second half of the year."],
  ["Improve outcomes for people with learning disabilities", "More people moved from residential care to supported living; employment support piloted."],
];

const ENGAGEMENT = [
  "Drafted with a panel of people who use services and carers, and tested at public meetings.",
  "Built on the annual safeguarding report and the user and carer forums' feedback.",
  "A reference group of people who use services reviewed each priority and the progress reported.",
  "Survey of people who use services and carers, followed by workshops with voluntary organisations.",
];

/**
 * Demonstration local accounts (provenance DEMO): most upper-tier councils
 * published a first local account for 2011 (the offer: "most councils have
 * now produced their first local account") and many a 2012 one, some still in
 * draft; a few 2011 accounts carry a correction. Deterministic and idempotent:
 * a council's year that already has an account is left alone.
 */
export async function seedDemoLocalAccounts(manager: EntityManager): Promise<void> {
  const random = demoRandom(2012_05);
  const present = new Set(
    (await manager.find(LocalAccount, { select: { councilCode: true, year: true } })).map((a) => `${a.councilCode}/${a.year}`),
  );
  const planned: Array<{ account: Partial<LocalAccount>; priorities: Array<[string, string]>; correct: boolean }> = [];
  for (const council of readCouncils().filter((c) => c.upperTier)) {
    for (const year of [2011, 2012]) {
      const has = year === 2011 ? random.chance(0.88) : random.chance(0.7);
      const published = year === 2011 || random.chance(0.6);
      const publishedOn = year === 2011 ? addDays("2011-09-01", random.int(0, 200)) : addDays("2012-04-02", random.int(0, 110));
      const priorities = random.shuffle(PRIORITIES).slice(0, random.int(2, 4));
      const engagement = random.pick(ENGAGEMENT);
      const correct = year === 2011 && random.chance(0.04);
      if (!has || present.has(`${council.code}/${year}`)) continue;
      planned.push({
        account: {
          councilCode: council.code,
          year,
          status: published ? LocalAccountStatus.PUBLISHED : LocalAccountStatus.DRAFT,
          currentCouncilCode: council.code,
          publishedOn: published ? publishedOn : null,
          link: `https://example.org/demo/local-accounts/${council.code}/${year}`,
          engagement,
          supersedesId: null,
          correctionReason: null,
          provenance: Provenance.DEMO,
        },
        priorities,
        correct: correct && published,
      });
    }
  }
  if (!planned.length) return;
  for (let start = 0; start < planned.length; start += 100) {
    await manager.insert(LocalAccount, planned.slice(start, start + 100).map((item) => item.account));
  }
  const inserted = await manager.find(LocalAccount, { where: { provenance: Provenance.DEMO } });
  const idOf = new Map(inserted.map((account) => [`${account.councilCode}/${account.year}`, account.id]));
  const priorities: Array<Partial<LocalAccountPriority>> = [];
  for (const item of planned) {
    const id = idOf.get(`${item.account.councilCode}/${item.account.year}`)!;
    item.priorities.forEach(([priority, progress], index) =>
      priorities.push({ localAccountId: id, position: index + 1, priority, progress, provenance: Provenance.DEMO }),
    );
  }
  for (let start = 0; start < priorities.length; start += 200) {
    await manager.insert(LocalAccountPriority, priorities.slice(start, start + 200));
  }
  // A few published accounts were corrected: the correction is current, the original kept as it was.
  for (const item of planned.filter((p) => p.correct)) {
    const originalId = idOf.get(`${item.account.councilCode}/${item.account.year}`)!;
    await manager.update(LocalAccount, { id: originalId }, { status: LocalAccountStatus.SUPERSEDED, currentCouncilCode: null });
    const { id: _originalId, ...content } = item.account;
    const { identifiers } = await manager.insert(LocalAccount, {
      ...content,
      publishedOn: addDays(item.account.publishedOn!, 30),
      supersedesId: originalId,
      correctionReason: "Corrected figures for the number of people using personal budgets (demonstration)",
    });
    const correctionId = Number(identifiers[0].id);
    await manager.insert(
      LocalAccountPriority,
      item.priorities.map(([priority, progress], index) => ({
        localAccountId: correctionId,
        position: index + 1,
        priority,
        progress,
        provenance: Provenance.DEMO,
      })),
    );
  }
}
