import { assertRegionCode, isoDate, Provenance, Public, WRITERS } from "@sli/shared";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { ChildrenContext } from "../context";
import { ChildrensPerson } from "../person/childrens-person.entity";
import { recordChildrensPerson } from "../person/childrens-person.rules";
import { Region } from "../region/region.type";
import { REGIONAL_LEAD_ROLES, RegionalLead, RegionalLeadSlot } from "./regional-lead.entity";
import { AssignRegionalLeadInput } from "./regional-lead.inputs";
import { requireRoleFreeOrReplacing, roleTakenConcurrently } from "./regional-lead.rules";

@Resolver(() => Region)
export class RegionRegionalLeadsResolver {
  @Public()
  @FieldResolver(() => [RegionalLeadSlot], {
    description: "The region's three regional leads (lead member for children, chief executive, DCS), one slot per role.",
  })
  async childrensRegionalLeads(@Root() region: Region, @Ctx() { loaders }: ChildrenContext): Promise<RegionalLeadSlot[]> {
    const leads = await loaders.regionalLeadsByRegion.load(region.code);
    return REGIONAL_LEAD_ROLES.map((role) => ({ role, lead: leads.find((lead) => lead.role === role) ?? null }));
  }
}

@Resolver(() => RegionalLead)
export class RegionalLeadResolver {
  @Public()
  @FieldResolver(() => ChildrensPerson, { description: "The person in the role (a CIB record, not the corporate Person)." })
  async person(@Root() lead: RegionalLead, @Ctx() { loaders }: ChildrenContext): Promise<ChildrensPerson> {
    return (await loaders.childrensPersonById.load(lead.personId))!;
  }

  @Authorized(...WRITERS.children)
  @Mutation(() => RegionalLead, {
    description: "Nominates a person to a region's regional lead role. A taken role is refused with CONFLICT unless replace is true, which replaces the holder.",
  })
  assignRegionalLead(
    @Arg("input", () => AssignRegionalLeadInput, { description: "The nomination." }) input: AssignRegionalLeadInput,
    @Ctx() ctx: ChildrenContext,
  ): Promise<RegionalLead> {
    const regionCode = assertRegionCode(input.region, "region");
    const appointedOn = isoDate(input.appointedOn, "appointedOn");
    return ctx.transaction(
      async (manager) => {
        const existing = await manager.findOneBy(RegionalLead, { regionCode, role: input.role });
        requireRoleFreeOrReplacing(existing, regionCode, input.role, input.replace === true);
        const person = await recordChildrensPerson(manager, input.person, "person");
        if (existing) {
          await manager.update(RegionalLead, { id: existing.id }, { personId: person.id, appointedOn, provenance: Provenance.RECORDED });
          return Object.assign(existing, { personId: person.id, appointedOn, provenance: Provenance.RECORDED });
        }
        return manager.save(manager.create(RegionalLead, { regionCode, role: input.role, personId: person.id, appointedOn, provenance: Provenance.RECORDED }));
      },
      { onViolation: (violation) => (violation.kind === "unique" ? roleTakenConcurrently(regionCode, input.role) : undefined) },
    );
  }
}

export const regionalLeadResolvers = [RegionRegionalLeadsResolver, RegionalLeadResolver] as const;
