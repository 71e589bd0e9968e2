import {
  Column,
  type DataSource,
  type EntityManager,
  PrimaryColumn,
  Table,
  type TableCheckOptions,
  type TableColumnOptions,
} from "typeorm";
import { findIn } from "./lean-reads";
import { groupedLoader, keyedLoader } from "./loaders";
import { readCouncils, type ReferenceCouncil } from "./reference-data";

/**
 * The children's and adults' boards keep their own copy of the council
 * register (code, region, tier): their records point at it with foreign keys,
 * and "upper-tier only" is checked in their own database. Corporate owns the
 * councils' names and everything else about them.
 */
export abstract class RegisteredCouncil {
  /** Each board's GraphQL type exposes this as its `@key` field. */
  @PrimaryColumn({ type: "varchar", length: 9 })
  code!: string;

  @Column({ name: "region_code", type: "varchar", length: 9 })
  regionCode!: string;

  @Column({ name: "upper_tier", type: "boolean" })
  upperTier!: boolean;
}

/** The `council` register table, with the board's own columns beside code, region and tier. */
export function councilRegisterTable(ownColumns: TableColumnOptions[] = [], checks: TableCheckOptions[] = []): Table {
  return new Table({
    name: "council",
    columns: [
      { name: "code", type: "varchar", length: "9", isPrimary: true },
      { name: "region_code", type: "varchar", length: "9" },
      { name: "upper_tier", type: "boolean" },
      ...ownColumns,
    ],
    indices: [{ name: "council_region", columnNames: ["region_code"] }],
    checks: [{ name: "council_region_is_ons", expression: "region_code LIKE 'E1200000_'" }, ...checks],
  });
}

/** Adds the councils the register lacks (idempotent); `build` sets the board's own columns for a new row. */
export async function seedCouncilRegister<T extends RegisteredCouncil>(
  manager: EntityManager,
  entity: new () => T,
  build: (council: ReferenceCouncil) => Partial<T> = () => ({}),
): Promise<void> {
  const present = new Set((await manager.getRepository(entity).find({ select: { code: true } as never })).map((c) => c.code));
  const missing = readCouncils()
    .filter((council) => !present.has(council.code))
    .map((council) =>
      Object.assign(new entity(), {
        code: council.code,
        regionCode: council.regionCode,
        upperTier: council.upperTier,
        ...build(council),
      }),
    );
  if (missing.length) await manager.insert(entity, missing as never);
}

/** A register's loaders: one council by code (the `_entities` path) and a region's councils. */
export function councilRegisterLoaders<T extends RegisteredCouncil>(dataSource: DataSource, entity: new () => T) {
  const councils = dataSource.getRepository(entity);
  return {
    councilByCode: keyedLoader(
      // `_entities` for every council in England comes through here: the lean read.
      (codes: readonly string[]) => findIn(councils, "code", codes),
      (council) => council.code,
    ),
    councilsByRegion: groupedLoader(
      (regionCodes: readonly string[]) => findIn(councils, "regionCode", regionCodes),
      (council) => council.regionCode,
    ),
  };
}

type RegisterLoaders = ReturnType<typeof councilRegisterLoaders>;

/** Reference resolvers for a board that extends Council and Region from its register, through its loaders. */
export const councilRegisterReferences = {
  Council: {
    __resolveReference: (reference: { code: string }, { loaders }: { loaders: RegisterLoaders }) =>
      loaders.councilByCode.load(reference.code),
  },
  // A region is known here when the register has councils in it.
  Region: {
    __resolveReference: async (reference: { code: string }, { loaders }: { loaders: RegisterLoaders }) =>
      (await loaders.councilsByRegion.load(reference.code)).length ? { code: reference.code } : null,
  },
};

/**
 * The words for the entities every board shares, written once: the corporate
 * subgraph owns Council and Region and describes them, and a board that
 * defines them too gives the same words (composition hints at any difference
 * as INCONSISTENT_DESCRIPTION, and `npm run compose` fails on a hint). A
 * board's own fields on them keep their own descriptions.
 */
export const SHARED_ENTITY_DESCRIPTIONS = Object.freeze({
  council:
    "An English principal council (county, district, unitary, metropolitan or London borough, or the Isles of Scilly), keyed by its ONS GSS code. " +
    "The LGA (corporate) subgraph owns it; each board adds its programmes' fields.",
  councilCode: "The council's ONS GSS code, e.g. E06000052 (Cornwall).",
  region: "One of the nine English regions, keyed by its ONS code, each covered by an LGA principal adviser. The LGA (corporate) subgraph owns it; each board adds its fields.",
  regionCode: "The region's ONS code, E12000001 to E12000009.",
});
