import type { ApolloServerPlugin } from "@apollo/server";
import { defaultFieldResolver, GraphQLError, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
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

/** A deadline that never passes: for work outside a request (seeding, scripts). */
export const NO_DEADLINE = new Deadline(0);

function deadlineError(message: string, ms: number): GraphQLError {
  // `limit` keeps the code OPERATION_LIMIT through the gateway's error formatting.
  return new GraphQLError(message, { extensions: { code: ErrorCode.OPERATION_LIMIT, limit: "deadline", deadlineMs: ms } });
}

/** Whether an error (as formatted in an answer) is a deadline's refusal. */
function isDeadlineError(error: { extensions?: Record<string, unknown> }): boolean {
  return error.extensions?.code === ErrorCode.OPERATION_LIMIT && error.extensions?.limit === "deadline";
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
 * off a record (the default resolver) are left alone: they start no work.
 */
export function checkDeadlinesInResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || resolve === defaultFieldResolver) continue;
      field.resolve = withDeadline(resolve);
    }
  }
  return schema;
}

function withDeadline(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) =>
    (context as { deadline?: Deadline } | undefined)?.deadline?.refused() ?? resolve(source, args, context, info);
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
