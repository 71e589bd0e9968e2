import { Provenance } from "@sli/shared";
import type { EntityManager } from "typeorm";
import { hasDemo, regionNames } from "../common/demo";
import { ChildrensPerson } from "../person/childrens-person.entity";
import { REGIONAL_LEAD_ROLES, RegionalLead } from "./regional-lead.entity";
import { RegionalLeadRole } from "./regional-lead.enums";

const TITLES: Record<RegionalLeadRole, string> = {
  [RegionalLeadRole.LEAD_MEMBER_FOR_CHILDREN]: "Lead member for children",
  [RegionalLeadRole.CHIEF_EXECUTIVE]: "Chief executive",
  [RegionalLeadRole.DIRECTOR_OF_CHILDRENS_SERVICES]: "Director of children's services",
};

/** Demonstration: the three regional leads of each of the nine regions (27), named as demo records. */
export async function seedRegionalLeadsDemo(manager: EntityManager): Promise<void> {
  if (await hasDemo(manager, RegionalLead)) return;
  for (const [code, name] of [...regionNames().entries()].sort()) {
    for (const role of REGIONAL_LEAD_ROLES) {
      const person = await manager.save(
        manager.create(ChildrensPerson, { name: `Demo ${TITLES[role].toLowerCase()}, ${name}`, title: TITLES[role], organisation: null, email: null, provenance: Provenance.DEMO }),
      );
      await manager.insert(RegionalLead, { regionCode: code, role, personId: person.id, appointedOn: "2012-04-02", provenance: Provenance.DEMO });
    }
  }
}
