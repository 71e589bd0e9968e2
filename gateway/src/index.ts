import "reflect-metadata";
import { ConfigError, loadConfig, readDotEnv } from "@sli/shared";
import { createGatewayServer } from "./server";

async function main(): Promise<void> {
  readDotEnv();
  const config = loadConfig();
  const gateway = await createGatewayServer({ config });
  const url = await gateway.listen(config.ports.gateway, process.env.HOST ?? "127.0.0.1");
  console.log(`Gateway ready at ${url}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return; // a second signal must not cut the first one's drain short
    stopping = true;
    await gateway.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  process.once("SIGINT", () => void shutdown());
  // Under `npm start` the supervisor's IPC channel closes when it is gone (even killed): stop too, rather than linger.
  process.once("disconnect", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
