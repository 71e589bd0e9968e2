import { assertRegionCode, Restricted } from "@sli/shared";
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { In } from "typeorm";
import type { CorporateContext } from "../context";
import { Council } from "../council/council.entity";
import { Region } from "../region/region.entity";
import { Concern } from "./concern.entity";
import { ConcernSeverity, ConcernStatus } from "./concern.enums";
import { CONCERN_COUNT_READERS, COUNT_READERS, regionsCountable } from "./concerns.rules";

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

@Resolver()
export class ConcernCountsResolver {
  @Authorized(...COUNT_READERS)
  @Restricted(CONCERN_COUNT_READERS, { checkedBy: "resolver" })
  @Query(() => [ConcernCount], {
    description:
      "Live concerns counted by region and severity, never their content: for board members, the LGA central team, " +
      "principal advisers (their own regions) and partners with intelligence:read. Every region and severity appears, zeros included.",
  })
  async concernCounts(
    @Arg("region", () => ID, { nullable: true, description: "Only this region (ONS code)." }) region: string | null,
    @Ctx() { dataSource, viewer, loaders }: CorporateContext,
  ): Promise<ConcernCount[]> {
    if (region != null) assertRegionCode(region, "region");
    const regions = (await dataSource.getRepository(Region).find({ order: { code: "ASC" } })).filter(
      (candidate) => (region == null || candidate.code === region) && regionsCountable(viewer, candidate.code),
    );
    const rows: Array<{ region: string; severity: ConcernSeverity; count: string | number }> = await dataSource
      .getRepository(Concern)
      .createQueryBuilder("concern")
      .innerJoin(Council, "council", "council.code = concern.council_code")
      .select("council.region_code", "region")
      .addSelect("concern.severity", "severity")
      .addSelect("COUNT(*)", "count")
      .where({ status: In([ConcernStatus.OPEN, ConcernStatus.SHARED]) })
      .groupBy("council.region_code")
      .addGroupBy("concern.severity")
      .getRawMany();
    const counted = new Map(rows.map((row) => [`${row.region}/${row.severity}`, Number(row.count)]));
    for (const each of regions) loaders.regionByCode.prime(each.code, each);
    return regions.flatMap((each) =>
      Object.values(ConcernSeverity).map((severity) => ({ region: each, severity, count: counted.get(`${each.code}/${severity}`) ?? 0 })),
    );
  }
}
