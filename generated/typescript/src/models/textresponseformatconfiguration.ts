// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ResponseFormatJsonObject$inboundSchema,
  ResponseFormatJsonObject$outboundSchema,
  type ResponseFormatJsonObject,
  type ResponseFormatJsonObject$Outbound,
} from "./responseformatjsonobject.js";
import {
  ResponseFormatText$inboundSchema,
  ResponseFormatText$outboundSchema,
  type ResponseFormatText,
  type ResponseFormatText$Outbound,
} from "./responseformattext.js";
import {
  TextResponseFormatJsonSchema$inboundSchema,
  TextResponseFormatJsonSchema$outboundSchema,
  type TextResponseFormatJsonSchema,
  type TextResponseFormatJsonSchema$Outbound,
} from "./textresponseformatjsonschema.js";

export type TextResponseFormatConfiguration =
  | ResponseFormatText
  | TextResponseFormatJsonSchema
  | ResponseFormatJsonObject
  | TextResponseFormatConfigurationUnknown;

/**
 * The member of TextResponseFormatConfiguration for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type TextResponseFormatConfigurationUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isTextResponseFormatConfigurationUnknown(value: TextResponseFormatConfiguration): value is TextResponseFormatConfigurationUnknown {
  return value.type === undefined;
}

/** TextResponseFormatConfiguration as it is sent on the wire. */
export type TextResponseFormatConfiguration$Outbound =
  | ResponseFormatText$Outbound
  | TextResponseFormatJsonSchema$Outbound
  | ResponseFormatJsonObject$Outbound
  | { [k: string]: unknown };

export const TextResponseFormatConfiguration$inboundSchema: z.ZodType<TextResponseFormatConfiguration, unknown> = discriminatedUnionInbound(
  "type",
  {
    text: ResponseFormatText$inboundSchema,
    json_schema: TextResponseFormatJsonSchema$inboundSchema,
    json_object: ResponseFormatJsonObject$inboundSchema,
  },
);

export const TextResponseFormatConfiguration$outboundSchema: z.ZodType<TextResponseFormatConfiguration$Outbound, TextResponseFormatConfiguration> = discriminatedUnionOutbound(
  "type",
  {
    text: ResponseFormatText$outboundSchema,
    json_schema: TextResponseFormatJsonSchema$outboundSchema,
    json_object: ResponseFormatJsonObject$outboundSchema,
  },
);

export function textResponseFormatConfigurationToJSON(value: TextResponseFormatConfiguration): string {
  return stringifyJSON(value, TextResponseFormatConfiguration$outboundSchema, "TextResponseFormatConfiguration");
}

export function textResponseFormatConfigurationFromJSON(
  jsonString: string,
): SafeParseResult<TextResponseFormatConfiguration, SDKValidationError> {
  return safeParseJSON(jsonString, TextResponseFormatConfiguration$inboundSchema, "TextResponseFormatConfiguration");
}
