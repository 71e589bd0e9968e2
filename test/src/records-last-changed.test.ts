import { type RunningGraph, startGraph } from "./graph";

/** `<board>RecordsLastChanged`: what the dashboards show beside each figure to say how current it is. */
describe.each(["sqlite", "mysql"] as const)("when each board's records last changed, on %s", (kind) => {
  let graph: RunningGraph;
  beforeAll(async () => {
    graph = await startGraph(kind);
  });
  afterAll(async () => {
    await graph?.stop();
  });
  const QUERY = "query RecordsLastChanged { corporateRecordsLastChanged childrenRecordsLastChanged adultsRecordsLastChanged }";

  it("is null while nothing has been written since loading, then the time of a board's newest write, for anyone", async () => {
    const loaded = await graph.query(QUERY);
    expect(loaded).toEqual({ data: { corporateRecordsLastChanged: null, childrenRecordsLastChanged: null, adultsRecordsLastChanged: null } });

    const before = new Date().toISOString();
    const teasc = await graph.token({ sub: "test-teasc", roles: ["TEASC_OFFICER"] });
    const written = await graph.query(`mutation { createLocalAccount(input: { council: "E06000052", year: 2028, engagement: "Citizens' panel" }) { id } }`, {}, teasc);
    expect(written.errors).toBeUndefined();
    const after = new Date().toISOString();

    const changed = await graph.query<{ corporateRecordsLastChanged: string | null; childrenRecordsLastChanged: string | null; adultsRecordsLastChanged: string }>(QUERY);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.corporateRecordsLastChanged).toBeNull();
    expect(changed.data!.childrenRecordsLastChanged).toBeNull();
    const at = changed.data!.adultsRecordsLastChanged;
    expect(at >= before && at <= after).toBe(true);
  });
});
