import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";

/**
 * The graph's date scalars, one pair for every board: `LocalDate` for a
 * calendar date ("2012-04-01"), `DateTime` for an instant (RFC 3339). The
 * databases keep ISO strings; both scalars serialise those as they are.
 */
export const LocalDate = LocalDateResolver;
export const DateTime = DateTimeResolver;
