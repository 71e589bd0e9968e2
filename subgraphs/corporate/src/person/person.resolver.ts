import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { In, Not, IsNull } from "typeorm";
import type { CorporateContext } from "../context";
import { Region } from "../region/region.entity";
import { Person } from "./person.entity";
import { mayReadEmail } from "./person.rules";

@Resolver(() => Person)
export class PersonResolver {
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

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Work e-mail address. Public for the contacts the LGA published (provenance REFERENCE); for anyone else, signed-in callers only (null otherwise).",
  })
  email(@Root() person: Person, @Ctx() { viewer }: CorporateContext): string | null {
    return mayReadEmail(viewer, person) ? person.email : null;
  }

  @FieldResolver(() => [Region], { description: "The regions this person covers as principal adviser." })
  regions(@Root() person: Person, @Ctx() { loaders }: CorporateContext): Promise<Region[]> {
    return loaders.regionsByPrincipalAdviser.load(person.id);
  }
}
