import { Public } from "@sli/shared";
import { Ctx, Query, Resolver } from "type-graphql";
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
}

/** The viewer area's resolvers, assembled in schema.ts. */
export const viewerResolvers = [ViewerResolver] as const;
