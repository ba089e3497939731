// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  recordSchema,
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";

export type VectorStoreFileAttributesValue =
  | string
  | number
  | boolean;

/** VectorStoreFileAttributesValue as it is sent on the wire. */
export type VectorStoreFileAttributesValue$Outbound =
  | string
  | number
  | boolean;

/** Decodes a value as the first of these alternatives that accepts it. */
export const VectorStoreFileAttributesValue$inboundSchema: z.ZodType<VectorStoreFileAttributesValue, unknown> = untaggedUnionInbound(
  "VectorStoreFileAttributesValue",
  [
    z.string(),
    z.number(),
    z.boolean(),
  ],
  "one of: a string, a number, a boolean",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const VectorStoreFileAttributesValue$outboundSchema: z.ZodType<VectorStoreFileAttributesValue$Outbound, VectorStoreFileAttributesValue> = untaggedUnionOutbound(
  "VectorStoreFileAttributesValue",
  [
    z.string(),
    z.number(),
    z.boolean(),
  ],
  "one of: a string, a number, a boolean",
);

export function vectorStoreFileAttributesValueToJSON(value: VectorStoreFileAttributesValue): string {
  return stringifyJSON(value, VectorStoreFileAttributesValue$outboundSchema, "VectorStoreFileAttributesValue");
}

export function vectorStoreFileAttributesValueFromJSON(
  jsonString: string,
): SafeParseResult<VectorStoreFileAttributesValue, SDKValidationError> {
  return safeParseJSON(jsonString, VectorStoreFileAttributesValue$inboundSchema, "VectorStoreFileAttributesValue");
}

export type VectorStoreFileAttributes = { [k: string]: VectorStoreFileAttributesValue } | null;

/** VectorStoreFileAttributes as it is sent on the wire. */
export type VectorStoreFileAttributes$Outbound = { [k: string]: VectorStoreFileAttributesValue$Outbound } | null;

export const VectorStoreFileAttributes$inboundSchema: z.ZodType<VectorStoreFileAttributes, unknown> = recordSchema(VectorStoreFileAttributesValue$inboundSchema, { maxProperties: 16, keyMaxLength: 64 }).nullable();

export const VectorStoreFileAttributes$outboundSchema: z.ZodType<VectorStoreFileAttributes$Outbound, VectorStoreFileAttributes> = recordSchema(VectorStoreFileAttributesValue$outboundSchema, { maxProperties: 16, keyMaxLength: 64 }).nullable();

export function vectorStoreFileAttributesToJSON(value: VectorStoreFileAttributes): string {
  return stringifyJSON(value, VectorStoreFileAttributes$outboundSchema, "VectorStoreFileAttributes");
}

export function vectorStoreFileAttributesFromJSON(
  jsonString: string,
): SafeParseResult<VectorStoreFileAttributes, SDKValidationError> {
  return safeParseJSON(jsonString, VectorStoreFileAttributes$inboundSchema, "VectorStoreFileAttributes");
}
