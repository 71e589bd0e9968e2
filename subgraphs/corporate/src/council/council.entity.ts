import { BOARD_WARNING_SIGNALS, EarlyWarningSignal, Public, SHARED_ENTITY_DESCRIPTIONS } from "@sli/shared";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn } from "typeorm";
import { CouncilType } from "./council.enums";

@ObjectType({ description: SHARED_ENTITY_DESCRIPTIONS.council })
@Directive('@key(fields: "code")')
@Entity({ name: "council" })
@Index("council_region", ["regionCode"])
export class Council {
  @Public()
  @Field(() => ID, { description: SHARED_ENTITY_DESCRIPTIONS.councilCode })
  @PrimaryColumn({ type: "varchar", length: 9 })
  code!: string;

  @Public()
  @Field(() => String, { description: "The council's name (ONS, 2011/12)." })
  @Column({ type: "varchar", length: 120 })
  name!: string;

  @Public()
  @Field(() => CouncilType, { description: "What kind of council it is: county, district, unitary, metropolitan or London borough." })
  @Column({ name: "council_type", type: "varchar", length: 24 })
  type!: CouncilType;

  @Public()
  @Field(() => Boolean, { description: "True where the council has children's and adult social care responsibility." })
  @Column({ name: "upper_tier", type: "boolean" })
  upperTier!: boolean;

  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  // The other boards' signals, owned by them: corporate receives them through
  // @requires (Council.earlyWarning, the watchlists) and never resolves them itself.
  @Public()
  @Directive("@external")
  @Field(() => [EarlyWarningSignal], { nullable: true, description: BOARD_WARNING_SIGNALS.children.description })
  childrensWarningSignals?: EarlyWarningSignal[] | null;

  @Public()
  @Directive("@external")
  @Field(() => [EarlyWarningSignal], { nullable: true, description: BOARD_WARNING_SIGNALS.adults.description })
  adultsWarningSignals?: EarlyWarningSignal[] | null;
}
