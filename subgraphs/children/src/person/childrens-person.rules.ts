import { Provenance, requiredText } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { ChildrensPerson, type ChildrensPersonInput } from "./childrens-person.entity";

/** Records a person given in a write (a lead or a peer); the name must not be empty. */
export function recordChildrensPerson(manager: EntityManager, input: ChildrensPersonInput, field: string): Promise<ChildrensPerson> {
  return manager.save(
    manager.create(ChildrensPerson, {
      name: requiredText(input.name, `${field}.name`),
      title: input.title?.trim() || null,
      organisation: input.organisation?.trim() || null,
      email: input.email?.trim() || null,
      provenance: Provenance.RECORDED,
    }),
  );
}
