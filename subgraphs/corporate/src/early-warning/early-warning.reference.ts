import type { EarlyWarningSignal } from "@sli/shared";
import type { CorporateContext } from "../context";
import type { Council } from "../council/council.entity";
import type { Region } from "../region/region.entity";
import { watchlistScope } from "./early-warning.rules";
import type { Watchlist } from "./early-warning.type";

/** What the gateway brings of a council for @requires: the other boards' signals. */
export type CouncilSignals = Partial<Pick<Council, "childrensWarningSignals" | "adultsWarningSignals">>;

/** Every signal of the councils the gateway brought (null where a board was not reached). */
export const signalsOf = (councils: readonly CouncilSignals[] | null | undefined): EarlyWarningSignal[] =>
  (councils ?? []).flatMap((council) => [...(council?.childrensWarningSignals ?? []), ...(council?.adultsWarningSignals ?? [])]);

/** A region as @requires hands it back: with its councils' signals from the other boards. */
export type RegionWithSignals = Region & { boardSignals?: EarlyWarningSignal[] };

/** A watchlist as @requires hands it back: its scope, and its regions' councils' signals from the other boards. */
export type WatchlistWithSignals = Watchlist & { boardSignals?: EarlyWarningSignal[] };

/** The watchlist its id names (the id carries its regions and length); null for an id not handed out here. */
export const watchlistReference = {
  __resolveReference: (reference: { id: string; regions?: Array<{ councils?: CouncilSignals[] | null } | null> | null }, _ctx: CorporateContext): WatchlistWithSignals | null => {
    const scope = watchlistScope(reference.id);
    if (!scope) return null;
    return { id: reference.id, ...scope, boardSignals: (reference.regions ?? []).flatMap((region) => signalsOf(region?.councils)) };
  },
};
