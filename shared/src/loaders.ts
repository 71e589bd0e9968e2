import DataLoader from "dataloader";

/**
 * A loader for one record per key. The batch function fetches in any order;
 * the answer is put back in key order, with null where nothing was found.
 */
export function keyedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (record: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(async (keys) => {
    const found = new Map<K, V>();
    for (const record of await fetch(keys)) found.set(keyOf(record), record);
    return keys.map((key) => found.get(key) ?? null);
  });
}

/** A loader for the many records that belong to each key, in key order (an empty list where there are none). */
export function groupedLoader<K, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (record: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(async (keys) => {
    const groups = new Map<K, V[]>();
    for (const record of await fetch(keys)) {
      const key = keyOf(record);
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    return keys.map((key) => groups.get(key) ?? []);
  });
}
