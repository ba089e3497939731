// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ResponseFormatJsonSchemaSchema$inboundSchema,
  ResponseFormatJsonSchemaSchema$outboundSchema,
  type ResponseFormatJsonSchemaSchema,
  type ResponseFormatJsonSchemaSchema$Outbound,
} from "./responseformatjsonschemaschema.js";

export const TextResponseFormatJsonSchemaType = {
  JsonSchema: "json_schema",
} as const;
export type TextResponseFormatJsonSchemaType = ClosedEnum<typeof TextResponseFormatJsonSchemaType>;

export const TextResponseFormatJsonSchemaType$inboundSchema: z.ZodType<TextResponseFormatJsonSchemaType, unknown> = enumSchema(TextResponseFormatJsonSchemaType);

export const TextResponseFormatJsonSchemaType$outboundSchema: z.ZodType<TextResponseFormatJsonSchemaType, TextResponseFormatJsonSchemaType> = enumSchema(TextResponseFormatJsonSchemaType);

export function textResponseFormatJsonSchemaTypeToJSON(value: TextResponseFormatJsonSchemaType): string {
  return stringifyJSON(value, TextResponseFormatJsonSchemaType$outboundSchema, "TextResponseFormatJsonSchemaType");
}

export function textResponseFormatJsonSchemaTypeFromJSON(
  jsonString: string,
): SafeParseResult<TextResponseFormatJsonSchemaType, SDKValidationError> {
  return safeParseJSON(jsonString, TextResponseFormatJsonSchemaType$inboundSchema, "TextResponseFormatJsonSchemaType");
}

export type TextResponseFormatJsonSchema = {
  type: TextResponseFormatJsonSchemaType;
  description?: string | undefined;
  name: string;
  schema: ResponseFormatJsonSchemaSchema;
  strict?: boolean | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** TextResponseFormatJsonSchema as it is sent on the wire. */
export type TextResponseFormatJsonSchema$Outbound = {
  type: TextResponseFormatJsonSchemaType;
  description?: string | undefined;
  name: string;
  schema: ResponseFormatJsonSchemaSchema$Outbound;
  strict?: boolean | null | undefined;
  [k: string]: unknown;
};

export const TextResponseFormatJsonSchema$inboundSchema: z.ZodType<TextResponseFormatJsonSchema, unknown> = objectInbound<TextResponseFormatJsonSchema>(
  {
    type: ["type", TextResponseFormatJsonSchemaType$inboundSchema],
    description: ["description", z.string().optional()],
    name: ["name", z.string()],
    schema: ["schema", ResponseFormatJsonSchemaSchema$inboundSchema],
    strict: ["strict", z.boolean().nullable().optional()],
  },
);

export const TextResponseFormatJsonSchema$outboundSchema: z.ZodType<TextResponseFormatJsonSchema$Outbound, TextResponseFormatJsonSchema> = objectOutbound<TextResponseFormatJsonSchema, TextResponseFormatJsonSchema$Outbound>(
  {
    type: ["type", TextResponseFormatJsonSchemaType$outboundSchema],
    description: ["description", z.string().optional()],
    name: ["name", z.string()],
    schema: ["schema", ResponseFormatJsonSchemaSchema$outboundSchema],
    strict: ["strict", z.boolean().nullable().optional()],
  },
);

export function textResponseFormatJsonSchemaToJSON(value: TextResponseFormatJsonSchema): string {
  return stringifyJSON(value, TextResponseFormatJsonSchema$outboundSchema, "TextResponseFormatJsonSchema");
}

export function textResponseFormatJsonSchemaFromJSON(
  jsonString: string,
): SafeParseResult<TextResponseFormatJsonSchema, SDKValidationError> {
  return safeParseJSON(jsonString, TextResponseFormatJsonSchema$inboundSchema, "TextResponseFormatJsonSchema");
}
