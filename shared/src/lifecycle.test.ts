import { Column, Entity, PrimaryGeneratedColumn, Table } from "typeorm";
import type { BoardDatabase } from "./database";
import { allowedMoves, applyMove, assertMove, defineLifecycle, finalStatuses, mayMove, moveRefused } from "./lifecycle";
import { openScratchDatabase } from "./testing";

enum Door {
  OPEN = "OPEN",
  CLOSED = "CLOSED",
  LOCKED = "LOCKED",
  GONE = "GONE",
}

const DOOR = defineLifecycle("door", "open ⇄ closed → locked; gone from closed; gone is final", {
  [Door.OPEN]: [Door.CLOSED],
  [Door.CLOSED]: [Door.OPEN, Door.LOCKED, Door.GONE],
  [Door.LOCKED]: [Door.CLOSED],
  [Door.GONE]: [],
});

describe("a lifecycle as data", () => {
  it("answers where a status may go, and which statuses are final", () => {
    expect(allowedMoves(DOOR, Door.CLOSED)).toEqual(["OPEN", "LOCKED", "GONE"]);
    expect(mayMove(DOOR, Door.OPEN, Door.CLOSED)).toBe(true);
    expect(mayMove(DOOR, Door.OPEN, Door.LOCKED)).toBe(false);
    expect(finalStatuses(DOOR)).toEqual(["GONE"]);
    // allowedMoves hands out a copy: the lifecycle cannot be changed through it.
    allowedMoves(DOOR, Door.OPEN).push(Door.GONE);
    expect(mayMove(DOOR, Door.OPEN, Door.GONE)).toBe(false);
  });

  it("refuses at start-up a move to a status it does not name", () => {
    expect(() => defineLifecycle("gate", "open → shut", { OPEN: ["SHUT"] } as unknown as Record<"OPEN", readonly "OPEN"[]>)).toThrow(
      "The gate lifecycle moves OPEN to SHUT, which it does not name",
    );
  });

  it("lets a legal move pass", () => {
    expect(() => assertMove(DOOR, Door.CLOSED, Door.LOCKED)).not.toThrow();
  });

  it("refuses an illegal move as CONFLICT with { current, requested, allowed }, saying the rule in words", () => {
    expect(() => assertMove(DOOR, Door.OPEN, Door.LOCKED, { subject: "door 7" })).toThrow(
      expect.objectContaining({
        message: "Door 7 is OPEN and cannot move to LOCKED: from OPEN a door moves only to CLOSED (open ⇄ closed → locked; gone from closed; gone is final)",
        extensions: { code: "CONFLICT", current: "OPEN", requested: "LOCKED", allowed: ["CLOSED"] },
      }),
    );
  });

  it("says a final status is final, with nothing allowed", () => {
    expect(() => assertMove(DOOR, Door.GONE, Door.OPEN)).toThrow(
      expect.objectContaining({
        message: "The door is GONE and cannot move to OPEN: GONE is final (open ⇄ closed → locked; gone from closed; gone is final)",
        extensions: { code: "CONFLICT", current: "GONE", requested: "OPEN", allowed: [] },
      }),
    );
  });

  it("refuses a legal move whose conditions fail with the same shape, its reason and any further details", () => {
    const error = moveRefused(DOOR, Door.CLOSED, Door.LOCKED, { subject: "door 7", reason: "missing the key", details: { missing: ["KEY"] } });
    expect(error.message).toBe("Door 7 is CLOSED and cannot move to LOCKED: missing the key");
    expect(error.extensions).toEqual({ code: "CONFLICT", current: "CLOSED", requested: "LOCKED", allowed: ["OPEN", "LOCKED", "GONE"], missing: ["KEY"] });
    // The shape is the contract: further details cannot overwrite it.
    const spoofed = moveRefused(DOOR, Door.OPEN, Door.GONE, { details: { current: "X", allowed: "Y", code: "Z" } });
    expect(spoofed.extensions).toEqual({ code: "CONFLICT", current: "OPEN", requested: "GONE", allowed: ["CLOSED"] });
  });
});

@Entity({ name: "door" })
class DoorRecord {
  @PrimaryGeneratedColumn({ type: "integer" })
  id!: number;

  @Column({ type: "varchar", length: 10 })
  status!: Door;

  @Column({ name: "locked_on", type: "varchar", length: 10, nullable: true })
  lockedOn!: string | null;
}

describe.each(["sqlite", "mysql"] as const)("applying a move on %s", (kind) => {
  let database: BoardDatabase;
  let close: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ database, close } = await openScratchDatabase(kind, {
      entities: [DoorRecord],
      tables: [
        new Table({
          name: "door",
          columns: [
            { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
            { name: "status", type: "varchar", length: "10" },
            { name: "locked_on", type: "varchar", length: "10", isNullable: true },
          ],
        }),
      ],
    }));
  });
  afterAll(async () => {
    await close?.();
  });

  const newDoor = async (status: Door) => {
    const { identifiers } = await database.dataSource.manager.insert(DoorRecord, { status, lockedOn: null });
    return Number(identifiers[0].id);
  };
  const statusOf = async (id: number) => (await database.dataSource.manager.findOneByOrFail(DoorRecord, { id })).status;

  it("moves the record with its changes", async () => {
    const id = await newDoor(Door.CLOSED);
    const moved = await database.transaction(async (manager) =>
      applyMove(manager, DoorRecord, DOOR, await manager.findOneByOrFail(DoorRecord, { id }), Door.LOCKED, { lockedOn: "2012-06-01" }),
    );
    expect(moved).toMatchObject({ id, status: "LOCKED", lockedOn: "2012-06-01" });
    expect(await database.dataSource.manager.findOneByOrFail(DoorRecord, { id })).toMatchObject({ status: "LOCKED", lockedOn: "2012-06-01" });
  });

  it("refuses an illegal move before writing", async () => {
    const id = await newDoor(Door.OPEN);
    await expect(
      database.transaction(async (manager) => applyMove(manager, DoorRecord, DOOR, await manager.findOneByOrFail(DoorRecord, { id }), Door.GONE)),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT", current: "OPEN", requested: "GONE", allowed: ["CLOSED"] } });
    expect(await statusOf(id)).toBe("OPEN");
  });

  it("refuses a move judged on a stale read, naming the status the record has now", async () => {
    const id = await newDoor(Door.CLOSED);
    const stale = await database.dataSource.manager.findOneByOrFail(DoorRecord, { id });
    await database.dataSource.manager.update(DoorRecord, { id }, { status: Door.GONE });
    await expect(database.transaction((manager) => applyMove(manager, DoorRecord, DOOR, stale, Door.LOCKED, {}, { subject: `door ${id}` }))).rejects.toMatchObject({
      message: `Door ${id} is GONE and cannot move to LOCKED: another change moved it from CLOSED to GONE first`,
      extensions: { code: "CONFLICT", current: "GONE", requested: "LOCKED", allowed: [] },
    });
    expect(await statusOf(id)).toBe("GONE");
  });

  it("lets exactly one of 20 concurrent identical moves through; the others hear where it stands now", async () => {
    const id = await newDoor(Door.CLOSED);
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        database.transaction(async (manager) => applyMove(manager, DoorRecord, DOOR, await manager.findOneByOrFail(DoorRecord, { id }), Door.LOCKED)),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === "fulfilled")).toHaveLength(1);
    for (const attempt of attempts) {
      if (attempt.status === "rejected") {
        expect(attempt.reason.extensions).toEqual({ code: "CONFLICT", current: "LOCKED", requested: "LOCKED", allowed: ["CLOSED"] });
      }
    }
    expect(await statusOf(id)).toBe("LOCKED");
  });
});
