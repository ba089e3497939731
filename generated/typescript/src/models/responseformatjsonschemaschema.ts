// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { recordSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ResponseFormatJsonSchemaSchema = { [k: string]: unknown };

/** ResponseFormatJsonSchemaSchema as it is sent on the wire. */
export type ResponseFormatJsonSchemaSchema$Outbound = { [k: string]: unknown };

export const ResponseFormatJsonSchemaSchema$inboundSchema: z.ZodType<ResponseFormatJsonSchemaSchema, unknown> = recordSchema(z.unknown());

export const ResponseFormatJsonSchemaSchema$outboundSchema: z.ZodType<ResponseFormatJsonSchemaSchema$Outbound, ResponseFormatJsonSchemaSchema> = recordSchema(z.unknown());

export function responseFormatJsonSchemaSchemaToJSON(value: ResponseFormatJsonSchemaSchema): string {
  return stringifyJSON(value, ResponseFormatJsonSchemaSchema$outboundSchema, "ResponseFormatJsonSchemaSchema");
}

export function responseFormatJsonSchemaSchemaFromJSON(
  jsonString: string,
): SafeParseResult<ResponseFormatJsonSchemaSchema, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseFormatJsonSchemaSchema$inboundSchema, "ResponseFormatJsonSchemaSchema");
}
