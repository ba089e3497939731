// Round-trip driver for the TypeScript bindings: PROTOCOL.md beside it.
//
// Usage: node driver.js <registry.json> < requests.jsonl
// The registry (written by typescript.py beside it from the generator's symbols) maps a
// component id to the exported names of its type, its `…FromJSON` and `…ToJSON` functions and, for
// a discriminated union, its discriminator field, member type names and unknown-member guard.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

import * as models from "@xsdk/events/models";
import type { SDKValidationError, SafeParseResult } from "@xsdk/events";

type Entry = {
  type: string;
  fromJSON: string;
  toJSON: string;
  union?: { field: string; members: Record<string, string>; isUnknown: string };
};

type Reply =
  | { ok: true; decoded: string; value: unknown }
  | { ok: false; path: string; error: string };

const registryPath = process.argv[2];
if (registryPath === undefined) {
  process.stderr.write("usage: node driver.js <registry.json>\n");
  process.exit(2);
}
const registry = JSON.parse(readFileSync(registryPath, "utf8")) as Record<string, Entry>;
const exported = models as unknown as Record<string, unknown>;

function exportedFunction<F>(name: string): F {
  const fn = exported[name];
  if (typeof fn !== "function") {
    throw new Error(`@xsdk/events/models exports no function ${name}`);
  }
  return fn as F;
}

function decodedName(entry: Entry, value: unknown): string {
  if (entry.union === undefined) {
    return entry.type;
  }
  const isUnknown = exportedFunction<(v: unknown) => boolean>(entry.union.isUnknown);
  if (isUnknown(value)) {
    return "unknown";
  }
  const tag = (value as Record<string, unknown>)[entry.union.field];
  return (typeof tag === "string" ? entry.union.members[tag] : undefined) ?? `?${String(tag)}`;
}

function handle(line: string): Reply {
  const request = JSON.parse(line) as { schema: string; value: unknown };
  const entry = registry[request.schema];
  if (entry === undefined) {
    throw new Error(`no TypeScript type for schema ${JSON.stringify(request.schema)}`);
  }
  const fromJSON = exportedFunction<(text: string) => SafeParseResult<unknown, SDKValidationError>>(entry.fromJSON);
  const toJSON = exportedFunction<(value: unknown) => string>(entry.toJSON);
  const result = fromJSON(JSON.stringify(request.value));
  if (!result.ok) {
    return { ok: false, path: result.error.path, error: result.error.message };
  }
  return { ok: true, decoded: decodedName(entry, result.value), value: JSON.parse(toJSON(result.value)) };
}

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  let reply: Reply;
  try {
    reply = handle(line);
  } catch (error) {
    // A driver failure is reported as such, never as a validation verdict of the bindings.
    reply = { ok: false, path: "", error: `driver error: ${error instanceof Error ? error.message : String(error)}` };
  }
  process.stdout.write(JSON.stringify(reply) + "\n");
});
