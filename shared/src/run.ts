import { type Board, type Config, ConfigError, loadConfig, readDotEnv } from "./config";
import type { RequestContext } from "./context";
import { createLogger } from "./logger";
import type { SubgraphServer } from "./subgraph-server";

/**
 * A subgraph's `index.ts`: build the server, listen on its port, and stop
 * gracefully on SIGTERM or SIGINT (finish what is in flight, close the pool).
 */
export async function runSubgraph<C extends RequestContext>(
  board: Board,
  create: (config: Config) => Promise<SubgraphServer<C>>,
): Promise<void> {
  let config: Config;
  try {
    readDotEnv();
    config = loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  const log = createLogger(board, config.logLevel, config.logFormat);
  let server: SubgraphServer<C>;
  try {
    server = await create(config);
  } catch (error) {
    log.fatal({ err: error }, `${board} subgraph failed to start`);
    process.exit(1);
  }
  const url = await server.listen(config.ports[board], process.env.HOST ?? "127.0.0.1");
  log.info({ url }, `${board} subgraph ready at ${url}`);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return; // a second signal must not cut the first one's drain short
    stopping = true;
    log.info({ signal }, "shutting down");
    await server.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
  // Under `npm start` the supervisor's IPC channel closes when it is gone (even killed): stop too, rather than linger.
  process.once("disconnect", () => void shutdown("supervisor gone"));
}
