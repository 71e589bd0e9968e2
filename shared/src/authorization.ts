import type { AuthChecker } from "type-graphql";
import type { RequestContext } from "./context";
import { forbidden, unauthenticated } from "./errors";
import type { Board } from "./config";

/**
 * Who may write each board's records: its own officers, and partner systems
 * holding the board's write scope. Use as `@Authorized(...WRITERS.children)`.
 * A permit with a colon is a scope; any other is a role.
 */
export const WRITERS: Record<Board, readonly string[]> = {
  corporate: ["LGA_OFFICER", "corporate:write"],
  children: ["CIB_OFFICER", "children:write"],
  adults: ["TEASC_OFFICER", "adults:write"],
};

/** Whether the viewer holds any of the permits (roles, or scopes where the permit has a colon). */
export function viewerHolds(viewer: RequestContext["viewer"], permits: readonly string[]): boolean {
  return permits.some((permit) =>
    permit.includes(":") ? viewer.scopes.includes(permit) : (viewer.roles as string[]).includes(permit),
  );
}

/**
 * type-graphql's `@Authorized` check. It throws our own errors rather than
 * answering false, so callers get the contract's codes: UNAUTHENTICATED
 * without a token, FORBIDDEN when the token does not carry what is needed.
 */
export const authChecker: AuthChecker<RequestContext, string> = ({ context }, permits) => {
  const { viewer } = context;
  if (!viewer.authenticated) throw unauthenticated("This needs a token: send Authorization: Bearer <token>");
  if (permits.length === 0 || viewerHolds(viewer, permits)) return true;
  throw forbidden(`This needs one of: ${permits.join(", ")}`, { needs: permits });
};
