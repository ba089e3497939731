// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { recordSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type Metadata = { [k: string]: string } | null;

/** Metadata as it is sent on the wire. */
export type Metadata$Outbound = { [k: string]: string } | null;

export const Metadata$inboundSchema: z.ZodType<Metadata, unknown> = recordSchema(z.string()).nullable();

export const Metadata$outboundSchema: z.ZodType<Metadata$Outbound, Metadata> = recordSchema(z.string()).nullable();

export function metadataToJSON(value: Metadata): string {
  return stringifyJSON(value, Metadata$outboundSchema, "Metadata");
}

export function metadataFromJSON(
  jsonString: string,
): SafeParseResult<Metadata, SDKValidationError> {
  return safeParseJSON(jsonString, Metadata$inboundSchema, "Metadata");
}
