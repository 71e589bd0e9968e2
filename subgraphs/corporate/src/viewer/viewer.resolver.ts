import { Public } from "@sli/shared";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Region } from "../region/region.entity";
import type { CorporateContext } from "../context";
import { permissionsOf } from "./viewer-permissions";
import type { Role } from "./viewer.enums";
import { Viewer } from "./viewer.type";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Public()
  @Query(() => Viewer, { description: "Who the token says the caller is." })
  me(@Ctx() { viewer }: CorporateContext): Viewer {
    return { ...viewer, roles: viewer.roles as Role[], may: permissionsOf(viewer) };
  }

  @Public()
  @FieldResolver(() => [Region], {
    description: "The regions of `regions` (a principal adviser's), as Region records: their councils, and through them their concerns.",
  })
  async adviserRegions(@Root() me: Viewer, @Ctx() { loaders }: CorporateContext): Promise<Region[]> {
    const regions = await loaders.regionByCode.loadMany(me.regions);
    return regions.filter((region): region is Region => region != null && !(region instanceof Error));
  }
}

/** The viewer area's resolvers, assembled in schema.ts. */
export const viewerResolvers = [ViewerResolver] as const;
