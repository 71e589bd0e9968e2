import type { CorporateContext } from "../context";
import type { Person } from "./person.entity";

export const personReference = {
  __resolveReference: (reference: Pick<Person, "id">, { loaders }: CorporateContext): Promise<Person | null> =>
    loaders.personById.load(reference.id),
};
