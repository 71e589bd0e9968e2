import pino, { Logger } from "pino";

export type { Logger };

export function createLogger(service: string, level: string): Logger {
  return pino({
    name: service,
    level,
    // Never write credentials into logs.
    redact: { paths: ["req.headers.authorization", "headers.authorization", "*.password"], censor: "[redacted]" },
  });
}
