import { Restricted } from "@sli/shared";
import { Field, Int, ObjectType } from "type-graphql";
import { Region } from "../region/region.entity";
import { ConcernSeverity } from "./concern.enums";
import { CONCERN_COUNT_READERS } from "./concern.rules";

@ObjectType({ description: "How many live concerns (open or shared) a region's councils have at one severity: no content, only the count." })
export class ConcernCount {
  @Restricted(CONCERN_COUNT_READERS, { checkedBy: "parent" })
  @Field(() => Region, { description: "The region." })
  region!: Region;

  @Restricted(CONCERN_COUNT_READERS, { checkedBy: "parent" })
  @Field(() => ConcernSeverity, { description: "The severity counted." })
  severity!: ConcernSeverity;

  @Restricted(CONCERN_COUNT_READERS, { checkedBy: "parent" })
  @Field(() => Int, { description: "Live concerns at that severity in the region." })
  count!: number;
}
