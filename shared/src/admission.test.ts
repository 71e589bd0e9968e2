import { CostAdmission } from "./admission";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("admission by estimated cost", () => {
  it("runs operations at once while their costs fit, then makes the next wait until one leaves", async () => {
    const admission = new CostAdmission(100, 1000);
    const leaveFirst = await admission.enter(60);
    const leaveSecond = await admission.enter(40);
    let thirdAdmitted = false;
    const third = admission.enter(10).then((leave) => ((thirdAdmitted = true), leave));
    await tick();
    expect([admission.running, admission.waiting, thirdAdmitted]).toEqual([100, 1, false]);
    leaveFirst();
    leaveFirst(); // a second call gives nothing back twice
    const leaveThird = await third;
    expect([admission.running, admission.waiting, thirdAdmitted]).toEqual([50, 0, true]);
    leaveSecond();
    leaveThird();
    expect(admission.running).toBe(0);
  });

  it("serves the queue first come first served: a small operation does not overtake a large one waiting", async () => {
    const admission = new CostAdmission(100, 1000);
    const leaveFirst = await admission.enter(50);
    const order: string[] = [];
    const large = admission.enter(100).then((leave) => (order.push("large"), leave));
    const small = admission.enter(10).then((leave) => (order.push("small"), leave));
    await tick();
    expect(order).toEqual([]);
    leaveFirst();
    (await large)();
    (await small)();
    expect(order).toEqual(["large", "small"]);
  });

  it("refuses an operation that waited too long with OPERATION_LIMIT and 503, and lets the rest through", async () => {
    const admission = new CostAdmission(100, 20);
    const leave = await admission.enter(100);
    await expect(admission.enter(1)).rejects.toMatchObject({
      message: expect.stringMatching(/busy/),
      extensions: { code: "OPERATION_LIMIT", limit: "costInFlight", http: { status: 503 } },
    });
    expect(admission.waiting).toBe(0);
    leave();
    (await admission.enter(100))();
    expect(admission.running).toBe(0);
  });
});
