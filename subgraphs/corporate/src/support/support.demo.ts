import { PartnerBoard, Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { SupportRecord } from "./support.entity";
import { SupportKind, SupportStatus } from "./support.enums";

type DemoSupport = Omit<SupportRecord, "id" | "provenance">;

const none = { requestedOn: null, requestedBy: null, offeredOn: null, offeredBy: null, agreedOn: null, startedOn: null, completedOn: null, declinedOn: null, declineReason: null };

/**
 * A few demonstration support records (provenance DEMO), every need marked
 * as a demonstration: the councils that "voluntarily signal" a need in the
 * seed, and offers by the boards. They show each status and each board.
 */
const DEMO_SUPPORT: DemoSupport[] = [
  {
    ...none,
    councilCode: "E06000052", // Cornwall: rated adequate by the CQC in 2010, in the TEASC sign-off
    board: PartnerBoard.ADULTS,
    kind: SupportKind.ADULTS_SIGN_OFF_SUPPORT,
    need: "[Demonstration] We would like a peer director to help us evidence progress against our adult social care improvement plan.",
    status: SupportStatus.IN_PROGRESS,
    requestedOn: "2011-09-12",
    requestedBy: "[Demonstration] Director of adult social care",
    agreedOn: "2011-10-03",
    startedOn: "2011-11-01",
  },
  {
    ...none,
    councilCode: "E06000052",
    board: PartnerBoard.CORPORATE,
    kind: SupportKind.MENTORING,
    need: "[Demonstration] Mentoring for the new cabinet member for finance through the budget round.",
    status: SupportStatus.AGREED,
    offeredOn: "2012-02-06",
    offeredBy: "[Demonstration] LGA principal adviser",
    agreedOn: "2012-02-20",
  },
  {
    ...none,
    councilCode: "E10000008", // Devon
    board: PartnerBoard.CORPORATE,
    kind: SupportKind.CORPORATE_PEER_CHALLENGE,
    need: "[Demonstration] An early corporate peer challenge of our transformation programme.",
    status: SupportStatus.DECLINED,
    requestedOn: "2011-08-01",
    requestedBy: "[Demonstration] Chief executive",
    declinedOn: "2011-08-15",
    declineReason: "[Demonstration] The council's no-cost peer challenge is already booked within the offer's window; the booking meets the need.",
  },
  {
    ...none,
    councilCode: "E08000017", // Doncaster
    board: PartnerBoard.CHILDREN,
    kind: SupportKind.SAFEGUARDING_REVIEW,
    need: "[Demonstration] A safeguarding peer review before our next inspection.",
    status: SupportStatus.REQUESTED,
    requestedOn: "2012-03-05",
    requestedBy: "[Demonstration] Director of children's services",
  },
  {
    ...none,
    councilCode: "E07000008", // Cambridge, a district
    board: PartnerBoard.CORPORATE,
    kind: SupportKind.MEMBER_PEER_SUPPORT,
    need: "[Demonstration] Support for the new administration after the change of political control.",
    status: SupportStatus.COMPLETED,
    requestedOn: "2011-05-16",
    requestedBy: "[Demonstration] Leader of the council",
    agreedOn: "2011-05-23",
    startedOn: "2011-06-06",
    completedOn: "2011-09-30",
  },
];

/** Adds the demonstration support records that are missing (by council, kind and need). */
export async function seedSupportDemo(manager: EntityManager): Promise<void> {
  const present = new Set((await manager.find(SupportRecord, { select: { councilCode: true, kind: true, need: true } })).map((row) => `${row.councilCode}/${row.kind}/${row.need}`));
  const missing = DEMO_SUPPORT.filter((row) => !present.has(`${row.councilCode}/${row.kind}/${row.need}`));
  if (missing.length) await manager.insert(SupportRecord, missing.map((row) => ({ ...row, provenance: Provenance.DEMO })));
}
