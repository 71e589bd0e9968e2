import { type DatabaseKind, startSubgraph, testViewer } from "@sli/shared/testing";
import { createChildrenServer } from "./server";

/** The CIB officer the board's tests write as. */
export const OFFICER = testViewer("CIB_OFFICER");
/** A shire district (Aylesbury Vale): no children's services, so no CIB records. */
export const DISTRICT = "E07000004";
/** How the board refuses a shire district. */
export const NO_CHILDRENS_SERVICES = /shire district: it has no children's services/;

/** Councils through _entities with the fields most tests read. */
export const ENTITIES = `query ($representations: [_Any!]!) { _entities(representations: $representations) {
  ... on Council { code childrensSupportLevel childrensSelfAssessments { id } childrensPeerChallenges { id status } safeguardingPeerReviews { id status } }
  ... on Region { code childrensSupportLevels { level councils } } } }`;

/**
 * One children's subgraph for a test file (the toolkit's `startSubgraph`),
 * with `run` (as the CIB officer) and `errorOf` (the one error of an answer,
 * its extensions beside its code and message).
 */
export function startChildren(kind: DatabaseKind) {
  const started = startSubgraph(kind, createChildrenServer);
  const run = (query: string, variables?: Record<string, unknown>) => started.execute(query, variables, OFFICER);
  const errorOf = async (query: string, variables?: Record<string, unknown>) => {
    const { errors } = await run(query, variables);
    expect(errors).toHaveLength(1);
    return { ...errors![0].extensions, code: errors![0].extensions?.code, message: errors![0].message };
  };
  return { started, run, errorOf };
}
