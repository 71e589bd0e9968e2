import { councilAndAdviserRule, individualRule } from "@sli/shared";
import type { LeadershipPlace, MemberPeerSupport } from "./leadership.entity";

/** Rule (PERSONAL): who takes a leadership place is for their council, the LGA and corporate writers. */
export const PARTICIPANT_READERS = individualRule<Pick<LeadershipPlace, "councilCode">>("corporate", (place) => place.councilCode);

/** Rule: what member peer support covered for a council after a change of control is in confidence, as the council's other work with the LGA. */
export const MEMBER_PEER_SUPPORT_READERS = councilAndAdviserRule<Pick<MemberPeerSupport, "councilCode">>("corporate", (support) => support.councilCode);
