import { LocalDate, PartnerBoard, Provenance, Public, Published } from "@sli/shared";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { GoodPracticeSourceKind, GoodPracticeStatus, GoodPracticeTheme } from "./good-practice.enums";
import { GOOD_PRACTICE_DRAFT_READERS, GOOD_PRACTICE_PUBLISHED } from "./good-practice.rules";

/**
 * An item of the good practice library. Drafts are left out of every answer
 * for anyone the draft rule does not name (the resolvers filter them in the
 * statement itself), so an item reached is one the caller may read whole.
 */
@ObjectType({
  description:
    "Learning one of the three boards shares from its own records (the LGA's corporate peer challenges, the CIB's peer challenges and " +
    "safeguarding peer reviews, TEASC's sign-offs and local accounts), in the LGA's good practice library: who has done this well.",
})
@Entity({ name: "good_practice" })
@Index("good_practice_council", ["councilCode"])
export class GoodPractice {
  @Public()
  @Field(() => ID, { description: "The item's id." })
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  /** Null only for learning the seed document states about a programme rather than one council (then `citation` says where). */
  @Column({ name: "council_code", type: "varchar", length: 9, nullable: true })
  councilCode!: string | null;

  @Public()
  @Field(() => PartnerBoard, { description: "The board that shared it, from its own records." })
  @Column({ type: "varchar", length: 9 })
  board!: PartnerBoard;

  @Public()
  @Field(() => GoodPracticeTheme, { description: "What it is about." })
  @Column({ type: "varchar", length: 32 })
  theme!: GoodPracticeTheme;

  @Public()
  @Field(() => GoodPracticeStatus, { description: "Draft or published." })
  @Column({ type: "varchar", length: 10 })
  status!: GoodPracticeStatus;

  @Published(GOOD_PRACTICE_PUBLISHED, GOOD_PRACTICE_DRAFT_READERS, { checkedBy: "resolver" })
  @Field(() => String, { description: "A short title." })
  @Column({ type: "varchar", length: 200 })
  title!: string;

  @Published(GOOD_PRACTICE_PUBLISHED, GOOD_PRACTICE_DRAFT_READERS, { checkedBy: "resolver" })
  @Field(() => String, { description: "What was done and what others can learn from it." })
  @Column({ type: "varchar", length: 2000 })
  summary!: string;

  @Column({ name: "source_kind", type: "varchar", length: 24, nullable: true })
  sourceKind!: GoodPracticeSourceKind | null;

  @Column({ name: "source_id", type: "integer", nullable: true })
  sourceId!: number | null;

  @Published(GOOD_PRACTICE_PUBLISHED, GOOD_PRACTICE_DRAFT_READERS, { checkedBy: "resolver" })
  @Field(() => String, {
    nullable: true,
    description: "Where a published source states the learning (the seed document's words and place); null for learning shared from a record alone.",
  })
  @Column({ type: "varchar", length: 600, nullable: true })
  citation!: string | null;

  @Public()
  @Field(() => LocalDate, { description: "When the board shared it." })
  @Column({ name: "shared_on", type: "varchar", length: 10 })
  sharedOn!: string;

  @Public()
  @Field(() => LocalDate, { nullable: true, description: "When it was published in the library; null for a draft." })
  @Column({ name: "published_on", type: "varchar", length: 10, nullable: true })
  publishedOn!: string | null;

  @Public()
  @Field(() => Provenance, { description: "Reference (stated in the seed document), demonstration, or recorded through the graph." })
  @Column({ type: "varchar", length: 12 })
  provenance!: Provenance;

  /** Title and summary as the search reads them (searchText in the rules): the same words for SQLite FTS5 and MariaDB FULLTEXT. */
  @Column({ name: "search_title", type: "varchar", length: 400 })
  searchTitle!: string;

  @Column({ name: "search_summary", type: "varchar", length: 4000 })
  searchSummary!: string;
}

/** The library's TypeORM entities, listed in entities.ts. */
export const goodPracticeEntities = [GoodPractice];
