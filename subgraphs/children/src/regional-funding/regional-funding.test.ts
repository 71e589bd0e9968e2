import { startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("regional funding on %s", (kind) => {
  const { run, errorOf } = startChildren(kind);

  const FUND = `mutation ($input: RecordRegionalFundingInput!) { recordRegionalFunding(input: $input) { regionCode financialYear amountPounds priorities } }`;

  it("records regional funding once per region and year", async () => {
    const input = { region: "E12000003", financialYear: "2013/14", amountPounds: 90000, priorities: ["Peer challenge between councils"] };
    expect((await run(FUND, { input })).data!.recordRegionalFunding).toMatchObject({ amountPounds: 90000 });
    expect((await errorOf(FUND, { input })).message).toMatch(/one grant per region per financial year/);
    expect((await errorOf(FUND, { input: { ...input, financialYear: "2014/15", amountPounds: 0 } })).message).toMatch(/positive whole number/);
    expect((await errorOf(FUND, { input: { ...input, financialYear: "2014/16" } })).code).toBe("BAD_USER_INPUT");
  });
});
