import { registerEnumType } from "type-graphql";

/** What a good practice item is about: the themes of the three boards' offers. */
export enum GoodPracticeTheme {
  LEADERSHIP = "LEADERSHIP",
  CORPORATE_CAPACITY = "CORPORATE_CAPACITY",
  FINANCIAL_RESILIENCE = "FINANCIAL_RESILIENCE",
  PARTNERSHIP_WORKING = "PARTNERSHIP_WORKING",
  COMMUNITY_ENGAGEMENT = "COMMUNITY_ENGAGEMENT",
  EFFICIENCY_AND_SHARED_SERVICES = "EFFICIENCY_AND_SHARED_SERVICES",
  PEER_CHALLENGE = "PEER_CHALLENGE",
  SAFEGUARDING = "SAFEGUARDING",
  PERSONALISATION = "PERSONALISATION",
  INDEPENDENT_LIVING = "INDEPENDENT_LIVING",
  CARERS = "CARERS",
  QUALITY_OF_CARE = "QUALITY_OF_CARE",
  INFORMATION_AND_ADVICE = "INFORMATION_AND_ADVICE",
  HEALTH_INTEGRATION = "HEALTH_INTEGRATION",
  IMPROVEMENT_RECOGNISED = "IMPROVEMENT_RECOGNISED",
}
registerEnumType(GoodPracticeTheme, {
  name: "GoodPracticeTheme",
  description: "What a good practice item is about.",
  valuesConfig: {
    LEADERSHIP: { description: "Political and managerial leadership." },
    CORPORATE_CAPACITY: { description: "A council's corporate capacity to deliver its priorities." },
    FINANCIAL_RESILIENCE: { description: "Financial planning and resilience." },
    PARTNERSHIP_WORKING: { description: "Working with partners: health, police, the voluntary sector, other councils." },
    COMMUNITY_ENGAGEMENT: { description: "Engaging residents, people who use services and carers." },
    EFFICIENCY_AND_SHARED_SERVICES: { description: "Transformation, efficiency and services shared between councils." },
    PEER_CHALLENGE: { description: "How peer challenge and peer review are run, and what peers learn from them." },
    SAFEGUARDING: { description: "Safeguarding children and adults." },
    PERSONALISATION: { description: "Personal budgets, direct payments and choice for people who use services." },
    INDEPENDENT_LIVING: { description: "Reablement and support to live independently at home." },
    CARERS: { description: "Support for carers to continue caring." },
    QUALITY_OF_CARE: { description: "The quality of residential, nursing and home care." },
    INFORMATION_AND_ADVICE: { description: "Information and advice, including for people who fund their own care." },
    HEALTH_INTEGRATION: { description: "Working with the NHS: discharge, delayed transfers, joint teams." },
    IMPROVEMENT_RECOGNISED: { description: "Improvement a board has recognised, and how the council got there." },
  },
});

/** draft → published; nothing moves back. */
export enum GoodPracticeStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(GoodPracticeStatus, {
  name: "GoodPracticeStatus",
  description: "draft → published; nothing moves back.",
  valuesConfig: {
    DRAFT: { description: "Shared by a board (shareLearning), not yet public: read by the sharing board, the council, its principal adviser and the LGA." },
    PUBLISHED: { description: "In the public library (publishLearning); final." },
  },
});

/**
 * The kinds of record learning is shared from, each an entity of its board
 * (the `GoodPracticeSource` union's members: SOURCE_TYPES in the rules).
 */
export enum GoodPracticeSourceKind {
  CORPORATE_PEER_CHALLENGE = "CORPORATE_PEER_CHALLENGE",
  CHILDRENS_PEER_CHALLENGE = "CHILDRENS_PEER_CHALLENGE",
  SAFEGUARDING_PEER_REVIEW = "SAFEGUARDING_PEER_REVIEW",
  ADULTS_SIGN_OFF = "ADULTS_SIGN_OFF",
  LOCAL_ACCOUNT = "LOCAL_ACCOUNT",
}
registerEnumType(GoodPracticeSourceKind, {
  name: "GoodPracticeSourceKind",
  description: "The kind of record a good practice item comes from: each board shares learning from its own records.",
  valuesConfig: {
    CORPORATE_PEER_CHALLENGE: { description: "An LGA corporate peer challenge (shared by the LGA)." },
    CHILDRENS_PEER_CHALLENGE: { description: "A children's services peer challenge (shared by the CIB)." },
    SAFEGUARDING_PEER_REVIEW: { description: "A children's safeguarding peer review (shared by the CIB)." },
    ADULTS_SIGN_OFF: { description: "A TEASC sign-off of a council rated adequate (shared by TEASC)." },
    LOCAL_ACCOUNT: { description: "A council's adult social care local account (shared by TEASC)." },
  },
});
