import type { Council } from "../council/council.entity";
import { CouncilType } from "../council/council.enums";
import { Polarity } from "./performance.enums";

/** How many nearest neighbours a council has (CIPFA's models use 15). */
export const NEAREST_NEIGHBOURS = 15;

/**
 * The councils a council is comparable with for nearest neighbours: counties
 * with counties, shire districts with districts, and the single-tier councils
 * (unitary, metropolitan, London boroughs, and the City of London and the
 * Isles of Scilly) with each other — the councils that hold the same functions.
 */
export function comparableFamily(type: CouncilType): "COUNTY" | "DISTRICT" | "SINGLE_TIER" {
  if (type === CouncilType.COUNTY) return "COUNTY";
  if (type === CouncilType.DISTRICT) return "DISTRICT";
  return "SINGLE_TIER";
}

export interface Ranked {
  value: number | null;
  rank: number | null;
  quartile: number | null;
}

/**
 * Ranks values by the metric's polarity (rank 1 is best; equal values share a
 * rank, as in 1, 2, 2, 4), gives each its quartile (1 is the best quarter) and
 * the group's median. Members without a value have no rank.
 */
export function rankValues(values: ReadonlyArray<number | null>, polarity: Polarity): { ranked: Ranked[]; median: number | null } {
  const present = values.filter((value): value is number => value != null);
  const better = (a: number, b: number) => (polarity === Polarity.LOWER_IS_BETTER ? a < b : a > b);
  const n = present.length;
  const ranked = values.map((value) => {
    if (value == null) return { value: null, rank: null, quartile: null };
    const rank = 1 + present.filter((other) => better(other, value)).length;
    return { value, rank, quartile: Math.min(4, Math.ceil((4 * rank) / n)) };
  });
  const sorted = [...present].sort((a, b) => a - b);
  const median = n === 0 ? null : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { ranked, median };
}

export interface Neighbour {
  council: Council;
  distance: number;
}

/**
 * CIPFA-style nearest neighbours of every council in `family` (councils of
 * comparable type): each context indicator is standardised over the family
 * (z-score: minus the mean, divided by the standard deviation), and councils
 * are ordered by the Euclidean distance between their z-score vectors, with
 * equal weights. Councils missing an indicator are left out.
 */
export function nearestNeighboursIn(
  family: readonly Council[],
  indicators: ReadonlyMap<string, ReadonlyMap<string, number>>, // council code → metric id → value
  metricIds: readonly string[],
  count = NEAREST_NEIGHBOURS,
  /** The councils whose neighbours are wanted (all members when absent): the z-scores are the whole family's either way. */
  of?: ReadonlySet<string>,
): Map<string, Neighbour[]> {
  const members = family.filter((council) => metricIds.every((id) => indicators.get(council.code)?.has(id)));
  const z = new Map<string, number[]>(members.map((council) => [council.code, []]));
  for (const id of metricIds) {
    const values = members.map((council) => indicators.get(council.code)!.get(id)!);
    const mean = values.reduce((sum, value) => sum + value, 0) / (values.length || 1);
    const sd = Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length || 1));
    members.forEach((council, i) => z.get(council.code)!.push(sd === 0 ? 0 : (values[i] - mean) / sd));
  }
  const result = new Map<string, Neighbour[]>();
  for (const council of members) {
    if (of && !of.has(council.code)) continue;
    const own = z.get(council.code)!;
    result.set(
      council.code,
      members
        .filter((other) => other.code !== council.code)
        .map((other) => ({
          council: other,
          distance: Math.sqrt(z.get(other.code)!.reduce((sum, value, i) => sum + (value - own[i]) ** 2, 0)),
        }))
        .sort((a, b) => a.distance - b.distance || a.council.code.localeCompare(b.council.code))
        .slice(0, count),
    );
  }
  return result;
}
