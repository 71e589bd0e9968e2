/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CreateLocalAccount($input: CreateLocalAccountInput!) {\n  createLocalAccount(input: $input) {\n    id\n    year\n    status\n    provenance\n  }\n}": typeof types.CreateLocalAccountDocument,
    "query CouncilSingleView($code: ID!) {\n  council(code: $code) {\n    code\n    name\n    type\n    upperTier\n    region {\n      code\n      name\n    }\n    principalAdviser {\n      name\n      email\n    }\n    corporatePeerChallenges {\n      id\n      status\n    }\n    leadershipPlaces {\n      id\n    }\n    memberPeerSupport {\n      id\n    }\n    concerns {\n      id\n    }\n    childrensSupportLevel\n    childrensSelfAssessments {\n      id\n    }\n    childrensPeerChallenges {\n      id\n      status\n    }\n    safeguardingPeerReviews {\n      id\n      status\n    }\n    cqcRating2010\n    localAccounts {\n      id\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}": typeof types.CouncilSingleViewDocument,
    "query EnglandOverview {\n  councils {\n    code\n    name\n    region {\n      code\n    }\n    corporatePeerChallenges {\n      status\n    }\n    childrensSupportLevel\n    safeguardingPeerReviews {\n      status\n    }\n    localAccounts {\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}": typeof types.EnglandOverviewDocument,
    "query RegionOverview($region: ID!) {\n  region(code: $region) {\n    code\n    name\n    principalAdviser {\n      name\n    }\n    councils {\n      code\n      name\n      upperTier\n      corporatePeerChallenges {\n        status\n      }\n      childrensSupportLevel\n      safeguardingPeerReviews {\n        status\n      }\n      childrensPeerChallenges {\n        status\n      }\n      localAccounts {\n        year\n      }\n      adultsSignOff {\n        status\n      }\n    }\n  }\n}": typeof types.RegionOverviewDocument,
};
const documents: Documents = {
    "mutation CreateLocalAccount($input: CreateLocalAccountInput!) {\n  createLocalAccount(input: $input) {\n    id\n    year\n    status\n    provenance\n  }\n}": types.CreateLocalAccountDocument,
    "query CouncilSingleView($code: ID!) {\n  council(code: $code) {\n    code\n    name\n    type\n    upperTier\n    region {\n      code\n      name\n    }\n    principalAdviser {\n      name\n      email\n    }\n    corporatePeerChallenges {\n      id\n      status\n    }\n    leadershipPlaces {\n      id\n    }\n    memberPeerSupport {\n      id\n    }\n    concerns {\n      id\n    }\n    childrensSupportLevel\n    childrensSelfAssessments {\n      id\n    }\n    childrensPeerChallenges {\n      id\n      status\n    }\n    safeguardingPeerReviews {\n      id\n      status\n    }\n    cqcRating2010\n    localAccounts {\n      id\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}": types.CouncilSingleViewDocument,
    "query EnglandOverview {\n  councils {\n    code\n    name\n    region {\n      code\n    }\n    corporatePeerChallenges {\n      status\n    }\n    childrensSupportLevel\n    safeguardingPeerReviews {\n      status\n    }\n    localAccounts {\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}": types.EnglandOverviewDocument,
    "query RegionOverview($region: ID!) {\n  region(code: $region) {\n    code\n    name\n    principalAdviser {\n      name\n    }\n    councils {\n      code\n      name\n      upperTier\n      corporatePeerChallenges {\n        status\n      }\n      childrensSupportLevel\n      safeguardingPeerReviews {\n        status\n      }\n      childrensPeerChallenges {\n        status\n      }\n      localAccounts {\n        year\n      }\n      adultsSignOff {\n        status\n      }\n    }\n  }\n}": types.RegionOverviewDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateLocalAccount($input: CreateLocalAccountInput!) {\n  createLocalAccount(input: $input) {\n    id\n    year\n    status\n    provenance\n  }\n}"): (typeof documents)["mutation CreateLocalAccount($input: CreateLocalAccountInput!) {\n  createLocalAccount(input: $input) {\n    id\n    year\n    status\n    provenance\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilSingleView($code: ID!) {\n  council(code: $code) {\n    code\n    name\n    type\n    upperTier\n    region {\n      code\n      name\n    }\n    principalAdviser {\n      name\n      email\n    }\n    corporatePeerChallenges {\n      id\n      status\n    }\n    leadershipPlaces {\n      id\n    }\n    memberPeerSupport {\n      id\n    }\n    concerns {\n      id\n    }\n    childrensSupportLevel\n    childrensSelfAssessments {\n      id\n    }\n    childrensPeerChallenges {\n      id\n      status\n    }\n    safeguardingPeerReviews {\n      id\n      status\n    }\n    cqcRating2010\n    localAccounts {\n      id\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}"): (typeof documents)["query CouncilSingleView($code: ID!) {\n  council(code: $code) {\n    code\n    name\n    type\n    upperTier\n    region {\n      code\n      name\n    }\n    principalAdviser {\n      name\n      email\n    }\n    corporatePeerChallenges {\n      id\n      status\n    }\n    leadershipPlaces {\n      id\n    }\n    memberPeerSupport {\n      id\n    }\n    concerns {\n      id\n    }\n    childrensSupportLevel\n    childrensSelfAssessments {\n      id\n    }\n    childrensPeerChallenges {\n      id\n      status\n    }\n    safeguardingPeerReviews {\n      id\n      status\n    }\n    cqcRating2010\n    localAccounts {\n      id\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EnglandOverview {\n  councils {\n    code\n    name\n    region {\n      code\n    }\n    corporatePeerChallenges {\n      status\n    }\n    childrensSupportLevel\n    safeguardingPeerReviews {\n      status\n    }\n    localAccounts {\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}"): (typeof documents)["query EnglandOverview {\n  councils {\n    code\n    name\n    region {\n      code\n    }\n    corporatePeerChallenges {\n      status\n    }\n    childrensSupportLevel\n    safeguardingPeerReviews {\n      status\n    }\n    localAccounts {\n      year\n    }\n    adultsSignOff {\n      status\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionOverview($region: ID!) {\n  region(code: $region) {\n    code\n    name\n    principalAdviser {\n      name\n    }\n    councils {\n      code\n      name\n      upperTier\n      corporatePeerChallenges {\n        status\n      }\n      childrensSupportLevel\n      safeguardingPeerReviews {\n        status\n      }\n      childrensPeerChallenges {\n        status\n      }\n      localAccounts {\n        year\n      }\n      adultsSignOff {\n        status\n      }\n    }\n  }\n}"): (typeof documents)["query RegionOverview($region: ID!) {\n  region(code: $region) {\n    code\n    name\n    principalAdviser {\n      name\n    }\n    councils {\n      code\n      name\n      upperTier\n      corporatePeerChallenges {\n        status\n      }\n      childrensSupportLevel\n      safeguardingPeerReviews {\n        status\n      }\n      childrensPeerChallenges {\n        status\n      }\n      localAccounts {\n        year\n      }\n      adultsSignOff {\n        status\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;