import type { ApolloServerPlugin } from "@apollo/server";
import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  isAbstractType,
  isListType,
  isObjectType,
} from "graphql";
import type { DataSource, QueryRunner } from "typeorm";
import { ErrorCode } from "./errors";

/**
 * One operation's deadline in a subgraph: past it (or once the caller has gone
 * away) no resolver starts and no SQL statement is sent. Checked against the
 * clock rather than a timer: an answer built from loaders' cached promises
 * runs on microtasks alone, and a timer would not fire until it was done.
 */
export class Deadline {
  /** When the operation must stop (ms since the epoch); Infinity: never. */
  readonly at: number;
  private stopped?: GraphQLError;

  constructor(
    /** The budget, for the message; 0: no deadline. */
    readonly ms: number,
    startedAt = Date.now(),
  ) {
    this.at = ms > 0 ? startedAt + ms : Infinity;
  }

  /** Stops the operation now, e.g. because the caller closed its connection. */
  abort(message = "The caller went away: the operation was stopped"): void {
    this.stopped ??= deadlineError(message, this.ms);
  }

  get passed(): boolean {
    if (this.stopped) return true;
    if (Date.now() < this.at) return false;
    this.stopped = deadlineError(`Operation limit: the operation ran past its deadline of ${this.ms} ms`, this.ms);
    return true;
  }

  /** The error to refuse with once the deadline has passed, else undefined. */
  stoppedWith(): GraphQLError | undefined {
    return this.passed ? this.refusal() : undefined;
  }

  /** Throws OPERATION_LIMIT once the deadline has passed. */
  check(): void {
    if (this.passed) throw this.refusal();
  }

  private reported?: GraphQLError;

  /**
   * The error to refuse with. The first is placed in the answer where it
   * happened; every later one (thousands, when a large answer stops) is
   * already placed, so that graphql-js does not make a new error with a stack
   * trace for each.
   */
  private refusal(): GraphQLError {
    if (this.reported) return this.reported;
    this.reported = new GraphQLError(this.stopped!.message, { path: [], extensions: this.stopped!.extensions });
    return this.stopped!;
  }

  /**
   * For resolvers: a rejected promise once the deadline has passed, else
   * undefined. Not a throw: graphql-js 16 abandons a list's pending items
   * when one throws synchronously, and their later refusals would be
   * unhandled rejections; a list of promises it awaits whole.
   */
  refused(): Promise<never> | undefined {
    return this.passed ? Promise.reject(this.refusal()) : undefined;
  }
}

/**
 * How many objects one operation's answer may hold in a subgraph
 * (LIMIT_ANSWER_OBJECTS): counted as lists arrive, a true count where demand
 * control's is an estimate. Demand control refuses a runaway before it starts;
 * this stops one the estimate let through (or a caller who raised LIMIT_COST)
 * before graphql-js has built it, whatever the deadline: a second of
 * graphql-js's work can hold a gigabyte of pending objects.
 */
export class AnswerSize {
  private objects = 0;
  private refusal?: GraphQLError;

  constructor(
    /** The most objects; Infinity: no bound. */
    readonly max: number,
  ) {}

  /** Counts a list's items; false (and from then on) once the answer has grown past its bound. */
  admit(items: number): boolean {
    if (this.refusal) return false;
    this.objects += items;
    return this.objects <= this.max;
  }

  /** The one error every refused list answers with (placed once, like the deadline's). */
  refused(): GraphQLError {
    this.refusal ??= new GraphQLError(`Operation limit: the answer grew past ${this.max} objects`, {
      extensions: { code: ErrorCode.OPERATION_LIMIT, limit: "answerObjects", answerObjects: this.max },
    });
    return this.refusal;
  }
}

/** A deadline that never passes: for work outside a request (seeding, scripts). */
export const NO_DEADLINE = new Deadline(0);

function deadlineError(message: string, ms: number): GraphQLError {
  // `limit` keeps the code OPERATION_LIMIT through the gateway's error formatting.
  return new GraphQLError(message, { extensions: { code: ErrorCode.OPERATION_LIMIT, limit: "deadline", deadlineMs: ms } });
}

/** Whether an error (as formatted in an answer) is a deadline's or an answer size's refusal: each is placed once. */
function isDeadlineError(error: { extensions?: Record<string, unknown> }): boolean {
  return error.extensions?.code === ErrorCode.OPERATION_LIMIT && (error.extensions?.limit === "deadline" || error.extensions?.limit === "answerObjects");
}

/**
 * The request's view of a board's database: every statement sent through it
 * (repositories, query builders, `query`, the toolkit's lean reads and the
 * loaders built on them) checks the deadline first, so nothing reaches the
 * database once it has passed. A thin layer per request (an object inheriting
 * from the pool's DataSource, with its own EntityManager), not a new pool.
 * Writes through the board's `transaction` stay on the pool's own DataSource:
 * a write that has started commits or rolls back whole.
 */
export function dataSourceWithDeadline(dataSource: DataSource, deadline: Deadline): DataSource {
  if (deadline.at === Infinity) return dataSource;
  const guarded: DataSource = Object.create(dataSource);
  const guardRunner = (runner: QueryRunner): QueryRunner =>
    new Proxy(runner, {
      get(target, property, receiver) {
        if (property !== "query") return Reflect.get(target, property, receiver);
        return (...args: Parameters<QueryRunner["query"]>) => {
          deadline.check();
          return target.query.apply(receiver, args);
        };
      },
    });
  Object.defineProperties(guarded, {
    createQueryRunner: { value: (mode?: "master" | "slave") => guardRunner(dataSource.createQueryRunner(mode)) },
    // Repositories and query builders reach the database through their manager's connection: this one.
    manager: { value: dataSource.createEntityManager.call(guarded) },
  });
  return guarded;
}

/**
 * Every resolver of the schema (root fields, field resolvers, `_entities` and
 * the reference resolvers it calls) checks the request's deadline before it
 * runs: past it, none starts, so none asks for more data. Fields read straight
 * off a record (the default resolver) are left alone: they start no work —
 * except lists of objects, each of which graphql-js would complete item by
 * item: a list arriving after the deadline, or past the answer's size
 * (AnswerSize), is refused whole, so that a runaway stops within one level
 * instead of completing every list that was already on its way.
 */
export function checkDeadlinesInResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve ?? defaultFieldResolver;
      const named = getNamedType(field.type);
      if (isListType(getNullableType(field.type)) && (isObjectType(named) || isAbstractType(named))) field.resolve = withListBounds(resolve);
      else if (resolve !== defaultFieldResolver) field.resolve = withDeadline(resolve);
    }
  }
  return schema;
}

interface Bounds {
  deadline?: Deadline;
  answerSize?: AnswerSize;
}

function withDeadline(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => (context as Bounds | undefined)?.deadline?.refused() ?? resolve(source, args, context, info);
}

function withListBounds(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const { deadline, answerSize } = (context ?? {}) as Bounds;
    const refused = deadline?.refused();
    if (refused) return refused;
    const list = resolve(source, args, context, info);
    if (!deadline && !answerSize) return list;
    if (typeof (list as PromiseLike<unknown> | undefined)?.then !== "function") {
      // Here now: refused as a rejected promise, never a throw (see Deadline.refused).
      if (answerSize && Array.isArray(list) && !answerSize.admit(list.length)) return Promise.reject(answerSize.refused());
      return list;
    }
    // Arriving later: graphql-js completes a list in a later microtask than the one it arrives in, thousands of lists in
    // one burst; checked as graphql-js starts to read it, a list refuses before its first item is built.
    return (list as PromiseLike<unknown>).then((items) => (Array.isArray(items) ? boundedList(items, deadline, answerSize) : items));
  };
}

/** A list that checks the deadline and the answer's size as its reading starts: a throw there fails the field, with no item begun. */
function boundedList<T>(items: T[], deadline: Deadline | undefined, answerSize: AnswerSize | undefined): Iterable<T> {
  return {
    [Symbol.iterator]() {
      const late = deadline?.stoppedWith();
      if (late) throw late;
      if (answerSize && !answerSize.admit(items.length)) throw answerSize.refused();
      return items[Symbol.iterator]();
    },
  };
}

/**
 * Once a deadline has passed every resolver still asked refuses with the same
 * error: the answer carries it once, at the first place it stopped.
 */
export const deadlineErrorsOncePlugin: ApolloServerPlugin<any> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const body = response.body;
        if (body.kind !== "single" || !body.singleResult.errors || body.singleResult.errors.length < 2) return;
        const errors = body.singleResult.errors;
        const deadline = errors.filter(isDeadlineError);
        if (deadline.length < 2) return;
        // The one placed where the operation stopped, else any.
        const kept = deadline.find((error) => error.path?.length) ?? deadline[0];
        body.singleResult.errors = errors.filter((error) => error === kept || !isDeadlineError(error));
      },
    };
  },
};
