import { Public, Published } from "@sli/shared";
import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { In, Not, IsNull } from "typeorm";
import type { CorporateContext } from "../context";
import { Region } from "../region/region.entity";
import { Person } from "./person.entity";
import { CONTACT_READERS, PUBLISHED_BY_THE_LGA } from "./person.rules";

@Resolver(() => Person)
export class PersonResolver {
  @Public()
  @Query(() => [Person], { description: "The LGA principal advisers: each council's key contact for improvement support." })
  async principalAdvisers(@Ctx() { dataSource, loaders }: CorporateContext): Promise<Person[]> {
    const covered = await dataSource
      .getRepository(Region)
      .find({ select: { principalAdviserId: true }, where: { principalAdviserId: Not(IsNull()) } });
    const ids = [...new Set(covered.map((region) => region.principalAdviserId as string))];
    const advisers = ids.length ? await dataSource.getRepository(Person).find({ where: { id: In(ids) }, order: { name: "ASC" } }) : [];
    for (const adviser of advisers) loaders.personById.prime(adviser.id, adviser);
    return advisers;
  }

  @Published(PUBLISHED_BY_THE_LGA, CONTACT_READERS)
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Work e-mail address (public where the LGA published it: provenance REFERENCE).",
  })
  email(@Root() person: Person): string | null {
    return person.email;
  }

  @Public()
  @FieldResolver(() => [Region], { description: "The regions this person covers as principal adviser." })
  regions(@Root() person: Person, @Ctx() { loaders }: CorporateContext): Promise<Region[]> {
    return loaders.regionsByPrincipalAdviser.load(person.id);
  }
}

/** The person area's resolvers, assembled in schema.ts. */
export const personResolvers = [PersonResolver] as const;
