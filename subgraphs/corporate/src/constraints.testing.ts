import { type ConstraintKind, constraintViolation } from "@sli/shared";

/**
 * For the corporate tests: asserts the database refused `write` by the named
 * constraint. `names` matches the driver's message on both databases: a
 * CHECK's name (SQLite and MariaDB both name it), a unique index's name
 * (MariaDB) or its table.columns (SQLite names the columns, not the index).
 */
export async function expectRefusedBy(write: Promise<unknown>, kind: ConstraintKind, names: RegExp): Promise<void> {
  const error = await write.then(
    () => undefined,
    (refusal: unknown) => refusal,
  );
  expect(error).toBeDefined();
  expect(constraintViolation(error)).toEqual({ kind, detail: expect.stringMatching(names) });
}
