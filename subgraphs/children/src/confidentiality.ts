import { councilAndAdviserRule, individualRule, type Publication } from "@sli/shared";

type OfCouncil = { councilCode: string };

/**
 * Rule (the seed: a council's work with the boards is "treated in
 * confidence"): a council's self-assessment before peers have challenged it,
 * the reasons for its support level and what its safeguarding peer review
 * discussed are for the council, its principal adviser, the CIB and the LGA.
 */
export const COUNCIL_WORK_READERS = councilAndAdviserRule<OfCouncil>("children", (record) => record.councilCode);

/**
 * When a self-assessment is public: councils open it "to external challenge
 * by their peers in other councils" (the seed); once challenged, it is
 * published with the peers' outcome. A draft or a submitted one is not.
 */
export const CHALLENGED_BY_PEERS: Publication<{ status: string }> = {
  when: "once peers have challenged it (CHALLENGED)",
  reads: ["status"],
  isPublished: (assessment) => assessment.status === "CHALLENGED",
};

/** Rule (PERSONAL): a lead member's name on a leadership place is for their council, the CIB and the LGA. */
export const LEAD_MEMBER_READERS = individualRule<OfCouncil>("children", (place) => place.councilCode);

/** A contact's e-mail address is public where it comes from a published source (provenance REFERENCE). */
export const PUBLISHED_CONTACT: Publication<{ provenance: string }> = {
  when: "where it comes from a published source (provenance REFERENCE)",
  reads: ["provenance"],
  isPublished: (person) => person.provenance === "REFERENCE",
};

/** Rule (PERSONAL): other contact details are for the CIB and the LGA. */
export const CONTACT_READERS = individualRule<unknown>("children", null);
