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

function undeclared(entries: Iterable<[string, unknown]>, known: ReadonlyArray<string>): [string, unknown][] {
  return [...entries].filter(([key]) => !known.includes(key));
}

/**
 * Inbound: the keys of a decoded wire object that its type does not declare, as
 * `{ additionalProperties }` to spread into the decoded value (`{}` when there are none).
 */
export function collectAdditionalProperties(
  wire: JSONObject,
  known: ReadonlyArray<string>,
): { additionalProperties?: AdditionalProperties } {
  const extra = undeclared(Object.entries(wire), known);
  return extra.length === 0 ? {} : { additionalProperties: Object.fromEntries(extra) };
}

/**
 * Outbound: the additional properties to spread after the declared fields. A key that names a
 * declared field is dropped: the field itself wins.
 */
export function emitAdditionalProperties(
  extra: AdditionalProperties | undefined,
  known: ReadonlyArray<string>,
): JSONObject {
  return extra === undefined ? {} : Object.fromEntries(undeclared(Object.entries(extra), known));
}

// The schema builders below give each model's schema its declared type (`z.ZodType<T, …>`) in one
// generic place. Written out at every model instead (`z.looseObject({…}).transform(…)`, `z.enum(…)`),
// each assignment makes TypeScript compare zod's class types structurally, which multiplies the time a
// package of a few hundred models takes to type-check.

/** Own-key check that a key named like an `Object.prototype` member cannot fool. */
function hasOwn(object: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

// zod copies an object key by key, and assigning a `__proto__` key sets the copy's prototype instead, so
// an undeclared `__proto__` travels through the object schema under this stand-in key and is put back
// as an own key afterwards.
const PROTO = "__proto__";
const PROTO_STANDIN = "\u0000xsdk:__proto__";

function withProtoStandIn(input: unknown): unknown {
  if (!isJSONObject(input) || !hasOwn(input, PROTO)) {
    return input;
  }
  const copy: JSONObject = {};
  for (const [key, value] of Object.entries(input)) {
    Object.defineProperty(copy, key === PROTO ? PROTO_STANDIN : key,
      { value, enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/**
 * Inbound schema of an object type: `fields` checks the declared fields of the wire object (keys it
 * does not declare pass through, or, when `closed` (`additionalProperties: false`), are an error at
 * their own path), then `toModel` maps it to the model type. One zod pipeline, no nested parse: this
 * runs for every object of every event.
 */
export function objectInbound<S extends z.core.$ZodLooseShape, T>(
  fields: S,
  toModel: (wire: z.output<z.ZodObject<S, z.core.$loose>>) => T,
  closed = false,
): z.ZodType<T, unknown> {
  const object = z.looseObject(fields);
  const declaresProto = hasOwn(fields, PROTO);
  const checked = declaresProto ? object : z.preprocess(withProtoStandIn, object);
  const schema: z.ZodType<Awaited<T>, unknown> = checked.transform((wire, ctx) => {
    if (closed) {
      const extra = Object.keys(wire).find((key) => !hasOwn(fields, key));
      if (extra !== undefined) {
        const key = extra === PROTO_STANDIN ? PROTO : extra;
        const message = "no such field: the object's fields are closed (additionalProperties is false)";
        ctx.addIssue({ code: "custom", message, input: (wire as JSONObject)[extra], path: [key] });
        return z.NEVER;
      }
    }
    if (declaresProto || !hasOwn(wire, PROTO_STANDIN)) {
      return toModel(wire);
    }
    const restored = Object.fromEntries(Object.entries(wire).map(([key, value]) =>
      [key === PROTO_STANDIN ? PROTO : key, value]));  // fromEntries defines keys: `__proto__` stays a key
    return toModel(restored as typeof wire);
  });
  return schema as z.ZodType<T, unknown>; // a model type is never a promise: Awaited<T> is T
}

/** The additional properties of a model object, checked to be an object and passed on as they are. */
export const additionalPropertiesSchema: z.ZodType<AdditionalProperties, AdditionalProperties> =
  z.custom<AdditionalProperties>(isJSONObject, "an object");

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
  return z.custom<{ [k: string]: I }>(() => true).transform((input, ctx) => {
    if (!isJSONObject(input)) {
      ctx.addIssue({ code: "invalid_type", expected: "record", input });
      return z.NEVER;
    }
    const entries = Object.entries(input);
    const problem = rules === undefined ? undefined : mapProblem(entries.map(([key]) => key), rules);
    if (problem !== undefined) {
      ctx.addIssue({ code: "custom", message: problem, input });
      return z.NEVER;
    }
    const out: { [k: string]: O } = {};
    for (const [key, item] of entries) {
      const result = value.safeParse(item);
      if (!result.success) {
        for (const issue of result.error.issues) {
          ctx.addIssue({ ...issue, path: [key, ...issue.path] });
        }
        return z.NEVER;
      }
      Object.defineProperty(out, key, { value: result.data, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

/**
 * Outbound schema of an object type: `fields` checks the model object's fields (by TypeScript name),
 * then `toWire` maps it to the wire object.
 */
export function objectOutbound<S extends z.core.$ZodLooseShape, W>(
  fields: S,
  toWire: (model: z.output<z.ZodObject<S, z.core.$strip>>) => W,
): z.ZodType<W, z.input<z.ZodObject<S, z.core.$strip>>> {
  const schema: z.ZodType<Awaited<W>, z.input<z.ZodObject<S, z.core.$strip>>> = z.object(fields).transform(toWire);
  return schema as z.ZodType<W, z.input<z.ZodObject<S, z.core.$strip>>>; // Awaited<W> is W, as above
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

function lookup<M extends Members>(members: M, tag: unknown): M[keyof M] | undefined {
  return typeof tag === "string" && Object.prototype.hasOwnProperty.call(members, tag)
    ? (members[tag] as M[keyof M])
    : undefined;
}

function forward(ctx: z.core.$RefinementCtx, error: z.core.$ZodError): typeof z.NEVER {
  for (const issue of error.issues) {
    ctx.addIssue({ ...issue });
  }
  return z.NEVER;
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
  return z.unknown().transform((input, ctx) => {
    if (!isJSONObject(input)) {
      ctx.addIssue({ code: "invalid_type", expected: "object", input });
      return z.NEVER;
    }
    const tag = input[discriminator];
    if (typeof tag !== "string") {
      const known = Object.keys(members).map((value) => JSON.stringify(value));
      const message = `a string: one of ${known.join(", ")} or the name of a kind added since`;
      ctx.addIssue({ code: "custom", message, input: tag, path: [discriminator] });
      return z.NEVER;
    }
    const member = lookup(members, tag);
    if (member === undefined) {
      const unknown: UnknownVariant = { raw: input };
      return unknown;
    }
    const result = member.safeParse(input);
    return result.success ? (result.data as z.output<M[keyof M]>) : forward(ctx, result.error);
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
  return z.custom<z.input<M[keyof M]> | UnknownVariant>(isJSONObject, "an object").transform((value, ctx) => {
    const object = value as JSONObject;
    const tag = object[field];
    if (tag === undefined && isJSONObject(object["raw"])) {
      return object["raw"];
    }
    const member = lookup(members, tag);
    if (member === undefined) {
      ctx.addIssue({ code: "invalid_value", values: Object.keys(members), input: tag, path: [field] });
      return z.NEVER;
    }
    const result = member.safeParse(value);
    return result.success ? (result.data as z.output<M[keyof M]>) : forward(ctx, result.error);
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
  return z.unknown().transform((input, ctx) => {
    for (const [index, alternative] of alternatives.entries()) {
      const result = alternative.safeParse(input);
      if (result.success) {
        remember(result.data, union, index);
        return result.data as z.output<A[number]>;
      }
    }
    ctx.addIssue({ code: "custom", message: expected, input });
    return z.NEVER;
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
  return z.custom<z.input<A[number]>>(() => true).transform((value, ctx) => {
    const decoded = decodedAlternative(value, union);
    const remembered = decoded === undefined ? undefined : alternatives[decoded];
    const order =
      remembered === undefined ? alternatives : [remembered, ...alternatives.filter((a) => a !== remembered)];
    for (const alternative of order) {
      const result = alternative.safeParse(value);
      if (result.success) {
        return result.data as z.output<A[number]>;
      }
    }
    ctx.addIssue({ code: "custom", message: expected, input: value });
    return z.NEVER;
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
