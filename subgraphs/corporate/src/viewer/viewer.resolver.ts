import { Public } from "@sli/shared";
import { Ctx, Query, Resolver } from "type-graphql";
import type { CorporateContext } from "../context";
import { permissionsOf } from "./viewer-permissions";
import { type Role, Viewer } from "./viewer.type";

@Resolver(() => Viewer)
export class ViewerResolver {
  @Public()
  @Query(() => Viewer, { description: "Who the token says the caller is." })
  me(@Ctx() { viewer }: CorporateContext): Viewer {
    return { ...viewer, roles: viewer.roles as Role[], may: permissionsOf(viewer) };
  }
}
