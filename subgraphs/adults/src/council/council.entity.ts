import { Provenance, Public, RegisteredCouncil, SHARED_ENTITY_DESCRIPTIONS } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { CqcRating } from "./council.enums";

@ObjectType({ description: SHARED_ENTITY_DESCRIPTIONS.council })
@Directive('@key(fields: "code")')
@Entity({ name: "council" })
export class Council extends RegisteredCouncil {
  @Public()
  @Field(() => ID, { description: SHARED_ENTITY_DESCRIPTIONS.councilCode })
  override code!: string;

  @Public()
  @Field(() => CqcRating, {
    name: "cqcRating2010",
    nullable: true,
    description:
      "The CQC's 2009-10 rating; null until recorded, and always for shire districts. Check cqcRating2010Provenance: a DEMO rating is illustrative, not a published rating.",
  })
  @Column({ name: "cqc_rating_2010", type: "varchar", length: 20, nullable: true })
  cqcRating2010!: CqcRating | null;

  @Public()
  @Field(() => String, {
    name: "cqcRating2010Source",
    nullable: true,
    description: "Where the rating was recorded from; for a DEMO rating, says that it is illustrative and names no source.",
  })
  @Column({ name: "cqc_rating_2010_source", type: "varchar", length: 300, nullable: true })
  cqcRating2010Source!: string | null;

  @Public()
  @Field(() => Provenance, {
    name: "cqcRating2010Provenance",
    nullable: true,
    description:
      "Where the rating comes from: REFERENCE (a published source), RECORDED (through the graph, with its source) or DEMO (illustrative demonstration data, never fact); null without a rating.",
  })
  @Column({ name: "cqc_rating_2010_provenance", type: "varchar", length: 10, nullable: true })
  cqcRating2010Provenance!: Provenance | null;
}
