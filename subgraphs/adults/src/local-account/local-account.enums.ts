import { registerEnumType } from "type-graphql";

export enum LocalAccountStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  SUPERSEDED = "SUPERSEDED",
}

registerEnumType(LocalAccountStatus, {
  name: "LocalAccountStatus",
  description: "Draft (editable) → published (fixed) → superseded by a correction, which keeps it as it was.",
  valuesConfig: {
    DRAFT: { description: "Being written: it can be edited." },
    PUBLISHED: { description: "Published: fixed; only a correction can supersede it." },
    SUPERSEDED: { description: "Published, then superseded by a correction; kept as it was." },
  },
});
