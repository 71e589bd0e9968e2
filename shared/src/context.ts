import { randomUUID } from "node:crypto";
import { recordAudit } from "./audit";
import { AnswerSize, Deadline, dataSourceWithDeadline } from "./deadline";
import type { Logger } from "./logger";
import { ANONYMOUS, type Viewer } from "./viewer";

/** What every resolver of every subgraph can rely on; each subgraph adds its own loaders. */
export interface RequestContext {
  requestId: string;
  viewer: Viewer;
  log: Logger;
  /** Past it no resolver starts and no SQL statement is sent (SUBGRAPH_EXECUTION_TIMEOUT_MS). */
  deadline: Deadline;
  /** Past it no list of objects is added to the answer (LIMIT_ANSWER_OBJECTS). */
  answerSize: AnswerSize;
}

export interface RequestDetails {
  /** The gateway sends its request id so one id follows a request through every service. */
  requestId?: string;
  viewer?: Viewer;
  /** How long the operation may run; none when absent (tests' direct calls, scripts). */
  timeoutMs?: number;
  /** The most objects an answer may hold; none when absent. */
  answerObjects?: number;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's request id when it is a sensible one, otherwise a new one. */
export function requestIdFrom(given: string | undefined): string {
  return given && REQUEST_ID.test(given) ? given : randomUUID();
}

export function createRequestContext(log: Logger, details: RequestDetails = {}): RequestContext {
  const requestId = requestIdFrom(details.requestId);
  return {
    requestId,
    viewer: details.viewer ?? ANONYMOUS,
    log: log.child({ requestId }),
    deadline: new Deadline(details.timeoutMs ?? 0),
    answerSize: new AnswerSize(details.answerObjects ?? Infinity),
  };
}

/** A board's request context: the shared one plus its database and its per-request loaders. */
export type BoardContext<TLoaders> = RequestContext & {
  dataSource: import("typeorm").DataSource;
  /** Runs a write as one transaction; see the toolkit's `transactionRunner`. */
  transaction: import("./transactions").WriteTransaction;
  loaders: TLoaders;
};

/** Makes a board's `createContext`: every loader fresh for each request, none outliving it. */
export function boardContextFactory<TLoaders>(createLoaders: (dataSource: import("typeorm").DataSource) => TLoaders) {
  return (
    base: RequestContext,
    database: { dataSource: import("typeorm").DataSource; transaction: import("./transactions").WriteTransaction },
  ): BoardContext<TLoaders> => {
    // Reads made for this request (loaders, lean reads, repositories) check its deadline before each statement.
    const dataSource = dataSourceWithDeadline(database.dataSource, base.deadline);
    const context: BoardContext<TLoaders> & import("./audit").AuditedContext = {
      ...base,
      dataSource,
      // Every write carries its audit entry, committed (or rolled back) with it.
      transaction: (work, options) =>
        database.transaction(async (manager) => {
          const result = await work(manager);
          await recordAudit(manager, context, result);
          return result;
        }, options),
      loaders: createLoaders(dataSource),
      auditNote: {},
    };
    return context;
  };
}
