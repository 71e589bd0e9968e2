import "reflect-metadata";
import { ConfigError, loadConfig } from "@sli/shared";
import { createGatewayServer } from "./server";

async function main(): Promise<void> {
  const config = loadConfig();
  const gateway = await createGatewayServer({ config });
  const url = await gateway.listen(config.ports.gateway, process.env.HOST ?? "127.0.0.1");
  console.log(`Gateway ready at ${url}`);
  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown());
  process.once("SIGINT", () => void shutdown());
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
