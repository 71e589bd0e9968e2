import { ErrorCode } from "./errors";
import { GraphQLError } from "graphql";

/**
 * Admission by estimated cost: the operations running at once may add up to
 * `capacity` (LIMIT_COST_IN_FLIGHT), so that many clients each sending an
 * operation within the budget cannot together outgrow the process's memory.
 * Operations over what is free wait their turn, first come first served (a
 * large one is not overtaken for ever by small ones); one that has waited
 * `maxWaitMs` is refused as OPERATION_LIMIT with HTTP 503, to be retried.
 */
export class CostAdmission {
  private inFlight = 0;
  private readonly queue: Array<{ cost: number; admit: () => void }> = [];

  constructor(
    readonly capacity: number,
    readonly maxWaitMs: number,
  ) {}

  /** Waits until `cost` fits, and answers the function that gives it back (call it once, when the answer is sent). */
  async enter(cost: number): Promise<() => void> {
    const weight = Math.min(Math.max(cost, 0), this.capacity);
    if (this.queue.length === 0 && this.inFlight + weight <= this.capacity) {
      this.inFlight += weight;
      return this.releaser(weight);
    }
    await new Promise<void>((resolve, reject) => {
      const waiting = { cost: weight, admit: () => (clearTimeout(timer), resolve()) };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(waiting), 1);
        this.admitWaiting();
        reject(busy(this.maxWaitMs));
      }, this.maxWaitMs);
      this.queue.push(waiting);
    });
    return this.releaser(weight);
  }

  /** The cost of the operations running now, for metrics and tests. */
  get running(): number {
    return this.inFlight;
  }

  get waiting(): number {
    return this.queue.length;
  }

  private releaser(weight: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.inFlight -= weight;
      this.admitWaiting();
    };
  }

  private admitWaiting(): void {
    while (this.queue.length && this.inFlight + this.queue[0]!.cost <= this.capacity) {
      const next = this.queue.shift()!;
      this.inFlight += next.cost;
      next.admit();
    }
  }
}

function busy(waitedMs: number): GraphQLError {
  return new GraphQLError(`Operation limit: the graph is busy with costly operations; waited ${waitedMs} ms, try again shortly`, {
    // `limit` keeps the code through the gateway's error formatting; 503 tells a client it may retry.
    extensions: { code: ErrorCode.OPERATION_LIMIT, limit: "costInFlight", http: { status: 503 } },
  });
}
