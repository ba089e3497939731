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

export const ResponseFormatTextType = {
  Text: "text",
} as const;
export type ResponseFormatTextType = ClosedEnum<typeof ResponseFormatTextType>;

export const ResponseFormatTextType$inboundSchema: z.ZodType<ResponseFormatTextType, unknown> = enumSchema(ResponseFormatTextType);

export const ResponseFormatTextType$outboundSchema: z.ZodType<ResponseFormatTextType, ResponseFormatTextType> = enumSchema(ResponseFormatTextType);

export function responseFormatTextTypeToJSON(value: ResponseFormatTextType): string {
  return stringifyJSON(value, ResponseFormatTextType$outboundSchema, "ResponseFormatTextType");
}

export function responseFormatTextTypeFromJSON(
  jsonString: string,
): SafeParseResult<ResponseFormatTextType, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseFormatTextType$inboundSchema, "ResponseFormatTextType");
}

export type ResponseFormatText = {
  type: ResponseFormatTextType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseFormatText as it is sent on the wire. */
export type ResponseFormatText$Outbound = {
  type: ResponseFormatTextType;
  [k: string]: unknown;
};

export const ResponseFormatText$inboundSchema: z.ZodType<ResponseFormatText, unknown> = objectInbound<ResponseFormatText>(
  {
    type: ["type", ResponseFormatTextType$inboundSchema],
  },
);

export const ResponseFormatText$outboundSchema: z.ZodType<ResponseFormatText$Outbound, ResponseFormatText> = objectOutbound<ResponseFormatText, ResponseFormatText$Outbound>(
  {
    type: ["type", ResponseFormatTextType$outboundSchema],
  },
);

export function responseFormatTextToJSON(value: ResponseFormatText): string {
  return stringifyJSON(value, ResponseFormatText$outboundSchema, "ResponseFormatText");
}

export function responseFormatTextFromJSON(
  jsonString: string,
): SafeParseResult<ResponseFormatText, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseFormatText$inboundSchema, "ResponseFormatText");
}
