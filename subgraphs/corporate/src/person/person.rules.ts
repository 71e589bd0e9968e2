import { Provenance, type Viewer } from "@sli/shared";
import type { Person } from "./person.entity";

/**
 * Rule: people's names and titles are public; an e-mail address is public
 * only where the LGA published it (its 2012 contact list), otherwise it is for
 * signed-in callers.
 */
export function mayReadEmail(viewer: Viewer, person: Pick<Person, "provenance">): boolean {
  return person.provenance === Provenance.REFERENCE || viewer.authenticated;
}
