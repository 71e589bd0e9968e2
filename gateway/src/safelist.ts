import { createHash } from "node:crypto";
import fs from "node:fs";
import type { RequestHandler } from "express";
import { ErrorCode } from "@sli/shared";
import { httpError } from "./gateway-errors";

interface PersistedQueryManifest {
  format?: string;
  operations: Array<{ id?: string; name?: string; body: string }>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * Safelist mode for production partner systems: only the operations of an
 * Apollo persisted-query manifest run, sent in full or by their APQ hash.
 */
export function safelist(file: string): RequestHandler {
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as PersistedQueryManifest;
  if (!Array.isArray(manifest.operations)) throw new Error(`${file} is not a persisted-query manifest (no operations)`);
  const allowed = new Set(manifest.operations.map((operation) => sha256(operation.body)));
  return (req, res, next) => {
    const params = (req.method === "GET" ? req.query : req.body) as Record<string, unknown> | undefined;
    const query = typeof params?.query === "string" ? params.query : undefined;
    let extensions = params?.extensions as { persistedQuery?: { sha256Hash?: string } } | string | undefined;
    if (typeof extensions === "string") {
      try {
        extensions = JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: string } };
      } catch {
        extensions = undefined;
      }
    }
    const hash = query !== undefined ? sha256(query) : (extensions as { persistedQuery?: { sha256Hash?: string } })?.persistedQuery?.sha256Hash;
    if (hash && allowed.has(hash)) return next();
    res.status(403).json(httpError("This gateway runs only safelisted operations", ErrorCode.FORBIDDEN));
  };
}
