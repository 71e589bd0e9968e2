import type { GraphQLSchema } from "graphql";
import type { DataSource, EntitySchema, MixedList } from "typeorm";
import type { Board, Config } from "./config";
import type { RequestContext } from "./context";
import { type BoardDatabase, openDatabase } from "./database";
import { createLogger } from "./logger";
import { createSubgraphServer, type SubgraphServer } from "./subgraph-server";

export interface BoardServerOptions<TContext extends RequestContext> {
  board: Board;
  config: Config;
  buildSchema(): Promise<GraphQLSchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  seed(dataSource: DataSource, config: Config): Promise<void>;
  createContext(base: RequestContext, database: BoardDatabase): TContext;
}

/** A board's subgraph: its schema, its database (created, migrated, seeded) and its server. */
export async function createBoardServer<TContext extends RequestContext>(
  options: BoardServerOptions<TContext>,
): Promise<SubgraphServer<TContext>> {
  const { board, config } = options;
  const log = createLogger(board, config.logLevel, config.logFormat);
  const schema = await options.buildSchema();
  const database = await openDatabase({
    board,
    settings: config.databases[board],
    entities: options.entities,
    migrations: options.migrations,
    log,
    seed: (dataSource) => options.seed(dataSource, config),
  });
  try {
    return await createSubgraphServer({ board, config, schema, database, log, createContext: options.createContext });
  } catch (error) {
    await database.dataSource.destroy();
    throw error;
  }
}
