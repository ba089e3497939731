// Child process: decode stream.jsonl with the generated zod decoders and with @openrouter/sdk's, print one
// JSON line per decoder {name, events, seconds, failed, error}.
// usage: node decode_ts.mjs STREAM.jsonl GENERATED_DIST_DIR [ROUNDS]
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const [stream, dist, roundsArg] = process.argv.slice(2);
const lines = readFileSync(stream, "utf8").split("\n").filter((l) => l.length > 0);
const rounds = Number(roundsArg ?? "3");

async function load() {
  const out = [];
  try {
    const generated = await import(pathToFileURL(join(dist, "models", "index.js")).href);
    out.push(["xsdk openResponsesStreamEventFromJSON", generated.openResponsesStreamEventFromJSON]);
  } catch (e) {
    out.push(["xsdk openResponsesStreamEventFromJSON", null, String(e).split("\n")[0]]);
  }
  try {
    const sdk = await import("@openrouter/sdk/models");
    out.push(["@openrouter/sdk streamEventsFromJSON", sdk.streamEventsFromJSON]);
  } catch (e) {
    out.push(["@openrouter/sdk streamEventsFromJSON", null, String(e).split("\n")[0]]);
  }
  return out;
}

// Every decoder is warmed first, then the timed rounds alternate between them (the order reversed every
// other round): they share one zod, and timing one decoder's rounds after another's would time it in
// whatever state the other one left the JIT and the heap in.
const decoders = [];
for (const [name, decode, loadError] of await load()) {
  if (!decode) {
    decoders.push({ name, error: loadError ?? "not exported", events: 0, seconds: 0, failed: -1 });
    continue;
  }
  let failed = 0;
  let error = "";
  for (const line of lines) {  // one pass to count rejections (and warm the JIT)
    const r = decode(line);
    if (!r.ok) {
      failed++;
      error ||= `${JSON.parse(line).type}: ${String(r.error?.message ?? r.error).split("\n")[0]}`;
    }
  }
  decoders.push({ name, decode, events: lines.length, seconds: Infinity, failed, error });
}
const timed = decoders.filter((d) => d.decode);
for (let i = 0; i < rounds; i++) {
  for (const d of i % 2 === 0 ? timed : [...timed].reverse()) {
    const start = performance.now();
    for (const line of lines) d.decode(line);
    d.seconds = Math.min(d.seconds, (performance.now() - start) / 1000);
  }
}
for (const { name, events, seconds, failed, error } of decoders) {
  console.log(JSON.stringify({ name, events, seconds, failed, error }));
}
