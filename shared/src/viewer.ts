/** The roles a token can carry (contract: Authentication and roles). */
export const ROLES = [
  "PRINCIPAL_ADVISER",
  "LGA_OFFICER",
  "CIB_OFFICER",
  "TEASC_OFFICER",
  "BOARD_MEMBER",
  "COUNCIL_OFFICER",
  "PARTNER_SYSTEM",
  "ANALYST",
] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as their verified token says; anonymous callers see the public graph only. */
export interface Viewer {
  authenticated: boolean;
  subject?: string;
  name?: string;
  roles: Role[];
  /** Region codes a principal adviser covers. */
  regions: string[];
  /** GSS code of a council officer's council. */
  council?: string;
  /** What a partner system may do. */
  scopes: string[];
}

export const ANONYMOUS: Viewer = Object.freeze({
  authenticated: false,
  roles: [],
  regions: [],
  scopes: [],
}) as Viewer;
