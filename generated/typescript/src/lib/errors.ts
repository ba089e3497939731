// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import type * as z from "zod";

/** One reason a value was rejected: where (a JSON path in wire names), what was expected, what was there. */
export type ValidationIssue = {
  readonly path: string;
  readonly expected: string;
  readonly received: string;
};

/**
 * A value that does not match its type. `path` is a JSON path in wire names (`$`, `$.output_index`,
 * `$.data[0].url`); `issues` lists every problem found, the first one being the one the message names.
 */
export class SDKValidationError extends Error {
  override readonly name = "SDKValidationError";
  /** The type that was being decoded. */
  readonly typeName: string;
  /** Where the first problem is. */
  readonly path: string;
  /** What the type expects there. */
  readonly expected: string;
  /** What was there instead. */
  readonly received: string;
  readonly issues: ReadonlyArray<ValidationIssue>;
  /** The input that was rejected: the parsed JSON, or the text when it was not JSON. */
  readonly rawValue: unknown;

  constructor(typeName: string, issues: ReadonlyArray<ValidationIssue>, rawValue: unknown, cause?: unknown) {
    const first = issues[0] ?? { path: "$", expected: "a valid value", received: "an invalid one" };
    super(`${typeName}: invalid value at ${first.path}: expected ${first.expected}, got ${first.received}`,
      cause === undefined ? undefined : { cause });
    this.typeName = typeName;
    this.path = first.path;
    this.expected = first.expected;
    this.received = first.received;
    this.issues = issues;
    this.rawValue = rawValue;
  }

  /** The error for a zod failure while decoding `rawValue` as `typeName`. */
  static fromZod(typeName: string, rawValue: unknown, error: z.core.$ZodError): SDKValidationError {
    const issues = error.issues.map((issue) => ({
      path: jsonPath(issue.path),
      expected: describeExpected(issue),
      received: describeValueAt(rawValue, issue.path),
    }));
    return new SDKValidationError(typeName, issues, rawValue, error);
  }

  /** The error for text that is not JSON at all. */
  static fromSyntax(typeName: string, text: string, error: unknown): SDKValidationError {
    const detail = error instanceof Error ? error.message : String(error);
    return new SDKValidationError(typeName, [{ path: "$", expected: "JSON text", received: detail }], text, error);
  }
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `["data", 0, "url"]` -> `$.data[0].url`; a key that is not an ASCII identifier is written as a JSON
 * string: `$["a-b"]`, `$["a.b"]` (the same paths Python and Go report).
 */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "$";
  for (const segment of path) {
    if (typeof segment === "number") {
      out += `[${segment}]`;
    } else if (typeof segment === "string" && IDENTIFIER.test(segment)) {
      out += `.${segment}`;
    } else {
      out += `[${JSON.stringify(String(segment))}]`;
    }
  }
  return out;
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  int: "an integer",
  number: "a number",
  string: "a string",
  boolean: "a boolean",
  object: "an object",
  record: "an object",
  array: "an array",
  null: "null",
  nonoptional: "a value (the field is required)",
};

function describeExpected(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return TYPE_WORDS[issue.expected] ?? `a value of type ${issue.expected}`;
    case "invalid_value":
      return issue.values.length === 1
        ? JSON.stringify(issue.values[0])
        : `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "too_small":
      return bound(issue.origin, issue.inclusive ? ">=" : ">", issue.minimum, "at least");
    case "too_big":
      return bound(issue.origin, issue.inclusive ? "<=" : "<", issue.maximum, "at most");
    default:
      return issue.message;
  }
}

function bound(origin: string, op: string, limit: number | bigint, words: string): string {
  switch (origin) {
    case "int":
      return `an integer ${op} ${limit}`;
    case "number":
    case "bigint":
      return `a number ${op} ${limit}`;
    case "string":
      return `a string of ${words} ${limit} characters`;
    case "array":
      return `an array of ${words} ${limit} items`;
    default:
      return `a ${origin} of size ${op} ${limit}`;
  }
}

function describeValueAt(root: unknown, path: ReadonlyArray<PropertyKey>): string {
  let value: unknown = root;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, segment)) {
      return "nothing (absent)";
    }
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return describeValue(value);
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string": {
      const text = JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
      return `the string ${text}`;
    }
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "an object";
    default:
      return typeof value;
  }
}
