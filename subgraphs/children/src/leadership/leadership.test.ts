import { DISTRICT, NO_CHILDRENS_SERVICES, startChildren } from "../test-helpers";

describe.each(["sqlite", "mysql"] as const)("leadership places on %s", (kind) => {
  const { run, errorOf } = startChildren(kind);

  const EVENT = `mutation ($input: RecordChildrensLeadershipEventInput!) { recordChildrensLeadershipEvent(input: $input) { id placesLeft } }`;
  const BOOK = `mutation ($input: BookChildrensLeadershipPlaceInput!) { bookChildrensLeadershipPlace(input: $input) { id seat } }`;

  it("books leadership academy places: one per council per event, never beyond its places under 20 concurrent bookings", async () => {
    const { data } = await run(EVENT, { input: { kind: "LEADERSHIP_ACADEMY", title: "Test academy", startsOn: "2013-03-01", endsOn: "2013-03-02", places: 2 } });
    const event = data!.recordChildrensLeadershipEvent.id;
    expect((await run(BOOK, { input: { event, council: "E06000001", leadMemberName: "Cllr A" } })).data!.bookChildrensLeadershipPlace.seat).toBe(1);
    expect((await errorOf(BOOK, { input: { event, council: "E06000001", leadMemberName: "Cllr A" } })).message).toMatch(/one place per council per event/);
    expect((await errorOf(BOOK, { input: { event, council: DISTRICT, leadMemberName: "Cllr D" } })).message).toMatch(NO_CHILDRENS_SERVICES);
    const councils = ["E06000002", "E06000003", "E06000004", "E06000005", "E06000006", "E06000007", "E06000008", "E06000009", "E06000010", "E06000011",
      "E06000012", "E06000013", "E06000014", "E06000015", "E06000016", "E06000017", "E06000018", "E06000019", "E06000020", "E06000021"];
    const results = await Promise.all(councils.map((council) => run(BOOK, { input: { event, council, leadMemberName: "Cllr" } })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const r of results.filter((r) => r.errors)) expect(r.errors![0].extensions?.code).toBe("CONFLICT");
    const events = await run(`{ childrensLeadershipEvents(kind: LEADERSHIP_ACADEMY) { id placesLeft placesTaken { seat } } }`);
    const test = events.data!.childrensLeadershipEvents.find((e: { id: string }) => e.id === event);
    expect(test).toEqual({ id: event, placesLeft: 0, placesTaken: [{ seat: 1 }, { seat: 2 }] });
    expect(events.data!.childrensLeadershipEvents.length).toBeGreaterThanOrEqual(5);
  });
});
