import { individualRule, Provenance, type Publication } from "@sli/shared";

/** An e-mail address the LGA published (its 2012 contact list, provenance REFERENCE) is public. */
export const PUBLISHED_BY_THE_LGA: Publication<{ provenance: Provenance }> = {
  when: "where the LGA published it (its 2012 contact list)",
  reads: ["provenance"],
  isPublished: (record) => record.provenance === Provenance.REFERENCE,
};

/** Rule (PERSONAL): contact details the LGA did not publish are for the LGA central team and corporate writers. */
export const CONTACT_READERS = individualRule<unknown>("corporate", null);
