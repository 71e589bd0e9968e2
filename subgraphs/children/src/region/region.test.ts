import { ENTITIES, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("the CIB's regions on %s", (kind) => {
  const { started } = startChildren(kind);

  it("counts a region's councils by support level", async () => {
    const { data } = await started.execute(ENTITIES, { representations: [{ __typename: "Region", code: "E12000001" }] });
    const counts = data!._entities[0].childrensSupportLevels as Array<{ councils: number }>;
    expect(counts.reduce((sum, c) => sum + c.councils, 0)).toBe(12);
  });
});
