import { Concern, ConcernContact, ConcernEvidence, ConcernSource, SupportEngagement } from "./concern.entity";

export const concernEntities = [Concern, ConcernSource, ConcernEvidence, ConcernContact, SupportEngagement];
