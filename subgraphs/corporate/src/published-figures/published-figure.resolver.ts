import { Public, publishedFigures } from "@sli/shared";
import { Query, Resolver } from "type-graphql";
import { PublishedFigure } from "./published-figure.type";

@Resolver(() => PublishedFigure)
export class PublishedFigureResolver {
  @Public()
  @Query(() => [PublishedFigure], {
    description: "The headline figures published in 2012 that the programmes are measured against, each with its unit, date and source. Public.",
  })
  publishedFigures(): readonly PublishedFigure[] {
    return publishedFigures();
  }
}

/** The published figures' resolvers, assembled in schema.ts. */
export const publishedFigureResolvers = [PublishedFigureResolver] as const;
