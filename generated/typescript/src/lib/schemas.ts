// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import { SDKValidationError } from "./errors.js";
import { ERR, OK, type SafeParseResult } from "./result.js";

/** A JSON object as decoded, before it is mapped to a model type. */
export type JSONObject = { [k: string]: unknown };

/** Fields a model type does not declare, under their wire names. */
export type AdditionalProperties = { [k: string]: unknown };

function isJSONObject(value: unknown): value is JSONObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Own-key check that a key named like an `Object.prototype` member cannot fool. */
function hasOwn(object: object, key: PropertyKey): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

const PROTO = "__proto__";

/**
 * `object[key] = value` as an own data property, whatever the key: assigning a `__proto__` key would set
 * the object's prototype instead.
 */
function put(object: JSONObject, key: string, value: unknown): void {
  if (key === PROTO) {
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    object[key] = value;
  }
}

// The schemas below are zod schemas (`z.ZodType`, with every method zod gives a schema: `.optional()`,
// `.nullable()`, `.array()`, `.safeParse()`, …) whose parse is written here rather than composed from
// zod's object, pipe and transform schemas: one pass over each object, each field's schema run directly
// in the caller's parse context, the model object built as the fields are read (no copy of the wire
// object in between), no nested `safeParse`. They run for every object of every event: they are the
// decoders' hot path. Their parse functions follow zod's own (`_zod.run` with a payload of `value` and
// raw `issues`, paths prefixed by the container), so zod finalises the issues as it does its own.
// Typed generically here, once: written out at every model, each `z.ZodType<X, …>` annotation made
// TypeScript compare zod's class types structurally, which multiplied the time a package of a few
// hundred models takes to type-check.

type Payload = z.core.ParsePayload;
type Context = z.core.ParseContextInternal<z.core.$ZodIssue>;
type Parse = (payload: Payload, ctx: Context) => Payload;
type Issue = z.core.$ZodRawIssue;

interface RuntimeDef extends z.core.$ZodTypeDef {
  readonly parse: Parse;
}

const ZodType: z.core.$constructor<z.ZodType> = z.ZodType;

const RuntimeSchema = z.core.$constructor<z.ZodType, RuntimeDef>("XsdkRuntimeSchema", (inst, def) => {
  ZodType.init(inst, def);
  inst._zod.parse = def.parse;
});

function runtimeSchema<O, I>(parse: Parse): z.ZodType<O, I> {
  return new RuntimeSchema({ type: "custom", parse }) as unknown as z.ZodType<O, I>;
}

/** `schema` run on `payload` in the caller's context; the generated schemas are all synchronous. */
function runOn(schema: z.core.$ZodType, payload: Payload, ctx: Context): Payload {
  const result = schema._zod.run(payload, ctx);
  if (result instanceof Promise) {
    throw new z.core.$ZodAsyncError();
  }
  return result;
}

/** `schema` run on `value` alone (its issues are the caller's to place). */
function run(schema: z.core.$ZodType, value: unknown, ctx: Context): Payload {
  return runOn(schema, { value, issues: [] }, ctx);
}

/** The issues of a part of the value, put at `key` below the value's own path. */
function issuesAt(payload: Payload, key: PropertyKey, issues: ReadonlyArray<Issue>): void {
  for (const issue of issues) {
    payload.issues.push({ ...issue, path: issue.path === undefined ? [key] : [key, ...issue.path] });
  }
}

/** One declared field, as the object schemas read it. */
type Field = {
  /** key in the object read (wire name inbound, TypeScript name outbound) */
  readonly from: string;
  /** key in the object made */
  readonly to: string;
  readonly schema: z.core.$ZodType;
  /** it may be absent (zod's `optin`: read on first use, as a lazy schema may not be initialised before) */
  readonly optional: boolean;
};

type FieldTable = {
  readonly fields: ReadonlyArray<Field>;
  /** every declared key of the object read */
  readonly declared: ReadonlySet<string>;
  /** every declared key of the object made (an additional property of that name is dropped) */
  readonly made: ReadonlySet<string>;
};

/** The table of `fields` (TypeScript name -> [wire name, schema]), read from the wire or written to it. */
function fieldTable(fields: object, inbound: boolean): FieldTable {
  const table = Object.entries(fields as Readonly<Record<string, readonly [string, z.core.$ZodType]>>).map(
    ([name, [wire, schema]]) => {
      const from = inbound ? wire : name;
      const to = inbound ? name : wire;
      return { from, to, schema, optional: schema._zod.optin === "optional" };
    });
  return { fields: table, declared: new Set(table.map((f) => f.from)), made: new Set(table.map((f) => f.to)) };
}

/**
 * The declared fields of `input` into `out`, each checked with its schema (issues at its key); returns
 * how many of them `input` has. A field is there when it is an own key: one named like a member of
 * `Object.prototype` (`constructor`, `toString`, `__proto__`) is never read through the prototype.
 */
function readFields(table: FieldTable, input: JSONObject, out: JSONObject, payload: Payload, ctx: Context): number {
  let present = 0;
  for (const field of table.fields) {
    if (!hasOwn(input, field.from)) {
      if (!field.optional) {  // as zod reports an absent required field: the schema's own issue, else "nonoptional"
        const result = run(field.schema, undefined, ctx);
        issuesAt(payload, field.from, result.issues.length !== 0 ? result.issues
          : [{ code: "invalid_type", expected: "nonoptional", input: undefined }]);
      }
      continue;
    }
    present++;
    const result = run(field.schema, input[field.from], ctx);
    if (result.issues.length !== 0) {
      issuesAt(payload, field.from, result.issues);
    } else if (result.value !== undefined || !field.optional) {
      put(out, field.to, result.value);
    }
  }
  return present;
}

/** How many keys `for…in` finds in `object`: its own keys, unless `Object.prototype` was given enumerable ones. */
function countKeys(object: JSONObject): number {
  let count = 0;
  for (const _ in object) {
    count++;
  }
  return count;
}

const CLOSED = "no such field: the object's fields are closed (additionalProperties is false)";

// A field's schema is typed by what it produces (inbound) or accepts (outbound) alone, the way
// `z.output` / `z.input` read a schema: checking each one against the whole `z.ZodType` class doubled
// the types TypeScript creates for the package.

/** The fields of a model type, by TypeScript name: each one's wire name and inbound schema. */
export type InboundFields<T> = {
  readonly [K in Exclude<keyof T, "additionalProperties">]-?:
    readonly [wire: string, schema: { readonly _zod: { readonly output: T[K] } }];
};

/**
 * Inbound schema of an object type: each field (by TypeScript name) read from its wire name and checked
 * with its schema; keys the type does not declare are kept as the model's `additionalProperties`, or,
 * when `closed` (`additionalProperties: false`), are an error at their own path. A key is read only
 * when it is the object's own: `constructor`, `toString` or `__proto__` are fields like any other.
 */
export function objectInbound<T>(fields: InboundFields<T>, closed = false): z.ZodType<T, unknown> {
  let table: FieldTable | undefined;
  return runtimeSchema<T, unknown>((payload, ctx) => {
    const input = payload.value;
    if (!isJSONObject(input)) {
      payload.issues.push({ code: "invalid_type", expected: "object", input });
      return payload;
    }
    table ??= fieldTable(fields, true);
    const model: JSONObject = {};
    const present = readFields(table, input, model, payload, ctx);
    if (countKeys(input) !== present) {  // keys it does not declare (or enumerable ones of Object.prototype)
      let extra: JSONObject | undefined;
      for (const key in input) {
        if (table.declared.has(key) || !hasOwn(input, key)) {
          continue;
        }
        if (closed) {
          payload.issues.push({ code: "custom", message: CLOSED, input: input[key], path: [key] });
          break;
        }
        extra ??= {};
        put(extra, key, input[key]);
      }
      if (extra !== undefined) {
        model["additionalProperties"] = extra;
      }
    }
    payload.value = model;
    return payload;
  });
}

/** Fields of a model type, by TypeScript name: each one's wire name and outbound schema. */
export type OutboundFields<T> = {
  readonly [K in Exclude<keyof T, "additionalProperties">]-?:
    readonly [wire: string, schema: { readonly _zod: { readonly input: T[K] } }];
};

/**
 * Outbound schema of an object type: each field of the model object (by TypeScript name) checked with
 * its schema and written under its wire name, then its `additionalProperties` (an object) after them; a
 * key there that names a declared field is dropped: the field itself wins.
 */
export function objectOutbound<T, W>(fields: OutboundFields<T>): z.ZodType<W, T> {
  let table: FieldTable | undefined;
  return runtimeSchema<W, T>((payload, ctx) => {
    const model = payload.value;
    if (!isJSONObject(model)) {
      payload.issues.push({ code: "invalid_type", expected: "object", input: model });
      return payload;
    }
    table ??= fieldTable(fields, false);
    const wire: JSONObject = {};
    readFields(table, model, wire, payload, ctx);
    const extra = hasOwn(model, "additionalProperties") ? model["additionalProperties"] : undefined;
    if (extra !== undefined) {
      if (!isJSONObject(extra)) {
        payload.issues.push({ code: "custom", message: "an object", input: extra, path: ["additionalProperties"] });
        return payload;
      }
      for (const key of Object.keys(extra)) {
        if (!table.made.has(key)) {
          put(wire, key, extra[key]);
        }
      }
    }
    payload.value = wire;
    return payload;
  });
}

/** What a map (`additionalProperties: {schema}`) says of its size and its keys, beyond its values. */
export type MapRules = {
  readonly minProperties?: number;
  readonly maxProperties?: number;
  /** key length in characters (code points), as JSON Schema counts */
  readonly keyMinLength?: number;
  readonly keyMaxLength?: number;
  readonly keyPattern?: RegExp;
};

function mapProblem(keys: ReadonlyArray<string>, rules: MapRules): string | undefined {
  const { minProperties: least, maxProperties: most } = rules;
  if ((least !== undefined && keys.length < least) || (most !== undefined && keys.length > most)) {
    const size = [least === undefined ? "" : `at least ${least}`, most === undefined ? "" : `at most ${most}`];
    return `an object of ${size.filter((s) => s !== "").join(" and ")} properties`;
  }
  for (const key of keys) {
    const length = [...key].length;
    if ((rules.keyMinLength !== undefined && length < rules.keyMinLength) ||
        (rules.keyMaxLength !== undefined && length > rules.keyMaxLength) ||
        (rules.keyPattern !== undefined && !rules.keyPattern.test(key))) {
      const parts = [
        rules.keyMinLength === undefined ? "" : `of at least ${rules.keyMinLength} characters`,
        rules.keyMaxLength === undefined ? "" : `of at most ${rules.keyMaxLength} characters`,
        rules.keyPattern === undefined ? "" : `matching ${String(rules.keyPattern)}`,
      ];
      return `an object whose keys are ${parts.filter((p) => p !== "").join(", ")} (not ${JSON.stringify(key)})`;
    }
  }
  return undefined;
}

/**
 * Schema of a map: every value checked with `value`, any key kept (`__proto__` too, as an own key), and
 * the map's size and keys checked against `rules`; an issue about a value is at its key.
 */
export function recordSchema<O, I>(
  value: z.ZodType<O, I>,
  rules?: MapRules,
): z.ZodType<{ [k: string]: O }, { [k: string]: I }> {
  return runtimeSchema((payload, ctx) => {
    const input = payload.value;
    if (!isJSONObject(input)) {
      payload.issues.push({ code: "invalid_type", expected: "record", input });
      return payload;
    }
    const keys = Object.keys(input);
    const problem = rules === undefined ? undefined : mapProblem(keys, rules);
    if (problem !== undefined) {
      payload.issues.push({ code: "custom", message: problem, input });
      return payload;
    }
    const out: JSONObject = {};
    for (const key of keys) {
      const result = run(value, input[key], ctx);
      if (result.issues.length !== 0) {
        issuesAt(payload, key, result.issues);
        return payload;
      }
      put(out, key, result.value);
    }
    payload.value = out;
    return payload;
  });
}

/** Schema of a closed enum: exactly the values of its const object. */
export function enumSchema<const E extends Readonly<Record<string, string>>>(
  values: E,
): z.ZodType<E[keyof E], E[keyof E]> {
  return z.enum(values) as unknown as z.ZodType<E[keyof E], E[keyof E]>;
}

/** A member of a discriminated union whose discriminator value this version does not know. */
export type UnknownVariant = {
  /** The raw object, exactly as received; it is re-encoded unchanged. */
  raw: JSONObject;
};

type Members = Readonly<Record<string, z.ZodType<unknown, unknown>>>;

/** The members by discriminator value (a Map: a value named like an `Object.prototype` member is a value like any other). */
function memberTable(members: Members): ReadonlyMap<string, z.core.$ZodType> {
  return new Map<string, z.core.$ZodType>(Object.entries(members));
}

/** The string at `key` when it is an own key of `object`. */
function ownString(object: JSONObject, key: string): string | undefined {
  const value = object[key];
  return typeof value === "string" && hasOwn(object, key) ? value : undefined;
}

/**
 * Inbound schema of a discriminated union: reads the discriminator (wire name) first and validates
 * the object against that member only, so a known member's errors are reported as errors. An
 * object whose discriminator is a string no member has becomes an `UnknownVariant`.
 */
export function discriminatedUnionInbound<M extends Members>(
  discriminator: string,
  members: M,
): z.ZodType<z.output<M[keyof M]> | UnknownVariant, unknown> {
  const table = memberTable(members);
  return runtimeSchema((payload, ctx) => {
    const input = payload.value;
    if (!isJSONObject(input)) {
      payload.issues.push({ code: "invalid_type", expected: "object", input });
      return payload;
    }
    const tag = ownString(input, discriminator);
    if (tag === undefined) {
      const known = [...table.keys()].map((value) => JSON.stringify(value));
      const message = `a string: one of ${known.join(", ")} or the name of a kind added since`;
      const value = hasOwn(input, discriminator) ? input[discriminator] : undefined;
      payload.issues.push({ code: "custom", message, input: value, path: [discriminator] });
      return payload;
    }
    const member = table.get(tag);
    if (member === undefined) {
      const unknown: UnknownVariant = { raw: input };
      payload.value = unknown;
      return payload;
    }
    return runOn(member, payload, ctx);
  });
}

/**
 * Outbound schema of a discriminated union: dispatches on the discriminator (TypeScript field
 * name); an `UnknownVariant` (no discriminator of its own) is emitted as its raw object.
 */
export function discriminatedUnionOutbound<M extends Members>(
  field: string,
  members: M,
): z.ZodType<z.output<M[keyof M]> | JSONObject, z.input<M[keyof M]> | UnknownVariant> {
  const table = memberTable(members);
  return runtimeSchema((payload, ctx) => {
    const value = payload.value;
    if (!isJSONObject(value)) {
      payload.issues.push({ code: "custom", message: "an object", input: value });
      return payload;
    }
    const tag = hasOwn(value, field) ? value[field] : undefined;
    const raw = hasOwn(value, "raw") ? value["raw"] : undefined;
    if (tag === undefined && isJSONObject(raw)) {
      payload.value = raw;
      return payload;
    }
    const member = typeof tag === "string" ? table.get(tag) : undefined;
    if (member === undefined) {
      payload.issues.push({ code: "invalid_value", values: [...table.keys()], input: tag, path: [field] });
      return payload;
    }
    return runOn(member, payload, ctx);
  });
}

type Alternatives = ReadonlyArray<z.ZodType<unknown, unknown>>;

/** Per decoded object or array: the untagged unions that decoded it (type name -> alternative index). */
const decodedBy = new WeakMap<object, Map<string, number>>();

function remember(value: unknown, union: string, index: number): void {
  if (typeof value !== "object" || value === null) {
    return;
  }
  const chosen = decodedBy.get(value) ?? new Map<string, number>();
  chosen.set(union, index);
  decodedBy.set(value, chosen);
}

/**
 * The index of the alternative of the untagged union named `union` (its type name) that decoded
 * `value`, when `value` is an object or array that union decoded; `undefined` otherwise (strings,
 * numbers and booleans are not remembered, nor values built or copied by hand).
 */
export function decodedAlternative(value: unknown, union: string): number | undefined {
  return typeof value === "object" && value !== null ? decodedBy.get(value)?.get(union) : undefined;
}

/**
 * Inbound schema of an untagged union (anyOf without a discriminator): the value decodes as the
 * first alternative, in order, that accepts it. When none does, the one issue is at the value itself
 * and says what was `expected` ("one of: a string, a number, …").
 */
export function untaggedUnionInbound<const A extends Alternatives>(
  union: string,
  alternatives: A,
  expected: string,
): z.ZodType<z.output<A[number]>, unknown> {
  return runtimeSchema((payload, ctx) => {
    const input = payload.value;
    for (const [index, alternative] of alternatives.entries()) {
      const result = run(alternative, input, ctx);
      if (result.issues.length === 0) {
        remember(result.value, union, index);
        payload.value = result.value;
        return payload;
      }
    }
    payload.issues.push({ code: "custom", message: expected, input });
    return payload;
  });
}

/**
 * Outbound schema of an untagged union: a value this union decoded is encoded by the alternative
 * that decoded it (when that still accepts it); any other value by the first alternative that accepts it.
 */
export function untaggedUnionOutbound<const A extends Alternatives>(
  union: string,
  alternatives: A,
  expected: string,
): z.ZodType<z.output<A[number]>, z.input<A[number]>> {
  return runtimeSchema((payload, ctx) => {
    const value = payload.value;
    const decoded = decodedAlternative(value, union);
    const remembered = decoded === undefined ? undefined : alternatives[decoded];
    const order =
      remembered === undefined ? alternatives : [remembered, ...alternatives.filter((a) => a !== remembered)];
    for (const alternative of order) {
      const result = run(alternative, value, ctx);
      if (result.issues.length === 0) {
        payload.value = result.value;
        return payload;
      }
    }
    payload.issues.push({ code: "custom", message: expected, input: value });
    return payload;
  });
}

/** Decode JSON text with an inbound schema; failures become an `SDKValidationError` naming `typeName`. */
export function safeParseJSON<T>(
  jsonString: string,
  schema: z.ZodType<T, unknown>,
  typeName: string,
): SafeParseResult<T, SDKValidationError> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonString);
  } catch (error) {
    return ERR(SDKValidationError.fromSyntax(typeName, jsonString, error));
  }
  const result = schema.safeParse(raw);
  return result.success ? OK(result.data) : ERR(SDKValidationError.fromZod(typeName, raw, result.error));
}

/** Encode a value as JSON text with an outbound schema; throws an `SDKValidationError` when it does not fit. */
export function stringifyJSON<T>(value: T, schema: z.ZodType<unknown, T>, typeName: string): string {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw SDKValidationError.fromZod(typeName, value, result.error);
  }
  return JSON.stringify(result.data);
}
