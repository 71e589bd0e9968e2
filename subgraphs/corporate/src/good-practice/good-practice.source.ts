import { Public } from "@sli/shared";
import { createUnionType, Directive, Field, ID, ObjectType } from "type-graphql";
import { CorporatePeerChallenge } from "../peer-challenge/corporate-peer-challenge.entity";

/*
 * The records of the other boards an item may come from, as this subgraph
 * knows them: by their key alone (`resolvable: false`), so the gateway asks
 * the owning board for every other field. Each id's description is the
 * owner's, word for word: composition hints at any difference.
 */

@ObjectType("ChildrensPeerChallenge")
@Directive('@key(fields: "id", resolvable: false)')
export class ChildrensPeerChallengeReference {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  id!: string;
}

@ObjectType("SafeguardingPeerReview")
@Directive('@key(fields: "id", resolvable: false)')
export class SafeguardingPeerReviewReference {
  @Public()
  @Field(() => ID, { description: "The record's id in this board's service." })
  id!: string;
}

@ObjectType("AdultsSignOff")
@Directive('@key(fields: "id", resolvable: false)')
export class AdultsSignOffReference {
  @Public()
  @Field(() => ID, { description: "The sign-off's id." })
  id!: string;
}

@ObjectType("LocalAccount")
@Directive('@key(fields: "id", resolvable: false)')
export class LocalAccountReference {
  @Public()
  @Field(() => ID, { description: "The local account's id." })
  id!: string;
}

/** A reference to another board's record, as the source field answers it. */
export interface SourceReference {
  __typename: "ChildrensPeerChallenge" | "SafeguardingPeerReview" | "AdultsSignOff" | "LocalAccount";
  id: string;
}

export const GoodPracticeSource = createUnionType({
  name: "GoodPracticeSource",
  description:
    "The record a good practice item comes from, resolved by the board that owns it: an LGA corporate peer challenge, a CIB children's " +
    "peer challenge or safeguarding peer review, a TEASC sign-off or local account.",
  types: () =>
    [CorporatePeerChallenge, ChildrensPeerChallengeReference, SafeguardingPeerReviewReference, AdultsSignOffReference, LocalAccountReference] as const,
  resolveType: (value) => ("__typename" in value ? (value as SourceReference).__typename : "CorporatePeerChallenge"),
});
