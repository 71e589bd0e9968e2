import { startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("regional leads on %s", (kind) => {
  const { started, run, errorOf } = startChildren(kind);

  const ASSIGN = `mutation ($input: AssignRegionalLeadInput!) { assignRegionalLead(input: $input) { id role person { name } provenance } }`;
  const LEADS = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Region { childrensRegionalLeads { role lead { id person { name } } } } } }`;
  const assign = (name: string, replace?: boolean) =>
    run(ASSIGN, { input: { region: "E12000002", role: "CHIEF_EXECUTIVE", person: { name }, appointedOn: "2012-09-01", replace } });
  const northWestLeads = async () =>
    (await started.execute(LEADS, { r: [{ __typename: "Region", code: "E12000002" }] })).data!._entities[0].childrensRegionalLeads as Array<{ role: string; lead: { person: { name: string } } | null }>;

  it("refuses to assign a taken regional lead role without replace, and replaces it explicitly with replace", async () => {
    const refused = await errorOf(ASSIGN, { input: { region: "E12000002", role: "CHIEF_EXECUTIVE", person: { name: "A Person" }, appointedOn: "2012-09-01" } });
    expect(refused.code).toBe("CONFLICT");
    expect(refused.message).toMatch(/already has a regional lead as chief executive.*replace: true/);
    const replaced = await assign("Pat Example", true);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data!.assignRegionalLead).toMatchObject({ role: "CHIEF_EXECUTIVE", person: { name: "Pat Example" }, provenance: "RECORDED" });
    const leads = await northWestLeads();
    expect(leads.map((slot) => slot.role)).toEqual(["LEAD_MEMBER_FOR_CHILDREN", "CHIEF_EXECUTIVE", "DIRECTOR_OF_CHILDRENS_SERVICES"]);
    expect(leads[1].lead!.person.name).toBe("Pat Example");
    expect((await errorOf(ASSIGN, { input: { region: "E12000010", role: "CHIEF_EXECUTIVE", person: { name: "X" }, appointedOn: "2012-09-01" } })).code).toBe("BAD_USER_INPUT");
  });

  it("never leaves two people in one regional lead role under 20 concurrent assignments", async () => {
    const { dataSource } = started.server.database;
    await dataSource.query("DELETE FROM regional_lead WHERE region_code = 'E12000002' AND role = 'CHIEF_EXECUTIVE'");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => assign(`Racer ${i}`)));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors![0].extensions?.code).toBe("CONFLICT");
    const rows = await dataSource.query("SELECT COUNT(*) AS n FROM regional_lead WHERE region_code = 'E12000002' AND role = 'CHIEF_EXECUTIVE'");
    expect(Number(rows[0].n)).toBe(1);
    // Replacing concurrently still leaves exactly one.
    await Promise.all(Array.from({ length: 20 }, (_, i) => assign(`Replacer ${i}`, true)));
    const after = await dataSource.query("SELECT COUNT(*) AS n FROM regional_lead WHERE region_code = 'E12000002' AND role = 'CHIEF_EXECUTIVE'");
    expect(Number(after[0].n)).toBe(1);
  });
});
