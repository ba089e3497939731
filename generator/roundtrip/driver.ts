// Round-trip driver for the TypeScript bindings: PROTOCOL.md beside it.
//
// Usage: node driver.js <registry.json> < requests.jsonl
// The registry (written by typescript.py beside it from the generator's symbols) maps a
// component id to the exported names of its type, its `…FromJSON` and `…ToJSON` functions and, for
// a discriminated union, its discriminator field, member type names and unknown-member guard; for an
// untagged union, its name and the same for each alternative that is a named type (an alias of a
// union, the union's). An untagged union names the alternative the bindings remembered decoding an
// object or array with (`decodedAlternative`), and its own name for anything else.

import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";

import * as models from "@xsdk/events/models";
import { decodedAlternative, type SDKValidationError, type SafeParseResult } from "@xsdk/events";

type Shape = {
  type: string;
  union?: { field: string; members: Record<string, string>; isUnknown: string };
  anyOf?: { union: string; alternatives: Array<Shape | null> };
};

type Entry = Shape & { fromJSON: string; toJSON: string };

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

function decodedName(shape: Shape, value: unknown): string {
  if (shape.anyOf !== undefined) {
    const index = decodedAlternative(value, shape.anyOf.union);
    const alternative = index === undefined ? undefined : shape.anyOf.alternatives[index];
    return alternative ? decodedName(alternative, value) : shape.type;
  }
  if (shape.union === undefined || typeof value !== "object" || value === null) {
    return shape.type; // not a union, or null where an alias of a union allows it
  }
  const isUnknown = exportedFunction<(v: unknown) => boolean>(shape.union.isUnknown);
  if (isUnknown(value)) {
    return "unknown";
  }
  const tag = (value as Record<string, unknown>)[shape.union.field];
  return (typeof tag === "string" ? shape.union.members[tag] : undefined) ?? `?${String(tag)}`;
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
