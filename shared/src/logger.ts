import pino, { Logger } from "pino";
import pretty from "pino-pretty";
import { type LogFormat, logFormatOf } from "./config";

export type { Logger };

export function createLogger(service: string, level: string, format: LogFormat = logFormatOf()): Logger {
  const options = {
    name: service,
    level,
    // Never write credentials into logs.
    redact: { paths: ["req.headers.authorization", "headers.authorization", "*.password"], censor: "[redacted]" },
  };
  if (format === "json") return pino(options);
  // Synchronous (no worker thread), coloured even through `npm start`'s pipes: the person reading is at a terminal.
  return pino(options, pretty({ colorize: true, ignore: "pid,hostname", translateTime: "SYS:HH:MM:ss.l" }));
}
