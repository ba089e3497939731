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

export const ResponseFormatJsonObjectType = {
  JsonObject: "json_object",
} as const;
export type ResponseFormatJsonObjectType = ClosedEnum<typeof ResponseFormatJsonObjectType>;

export const ResponseFormatJsonObjectType$inboundSchema: z.ZodType<ResponseFormatJsonObjectType, unknown> = enumSchema(ResponseFormatJsonObjectType);

export const ResponseFormatJsonObjectType$outboundSchema: z.ZodType<ResponseFormatJsonObjectType, ResponseFormatJsonObjectType> = enumSchema(ResponseFormatJsonObjectType);

export function responseFormatJsonObjectTypeToJSON(value: ResponseFormatJsonObjectType): string {
  return stringifyJSON(value, ResponseFormatJsonObjectType$outboundSchema, "ResponseFormatJsonObjectType");
}

export function responseFormatJsonObjectTypeFromJSON(
  jsonString: string,
): SafeParseResult<ResponseFormatJsonObjectType, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseFormatJsonObjectType$inboundSchema, "ResponseFormatJsonObjectType");
}

export type ResponseFormatJsonObject = {
  type: ResponseFormatJsonObjectType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseFormatJsonObject as it is sent on the wire. */
export type ResponseFormatJsonObject$Outbound = {
  type: ResponseFormatJsonObjectType;
  [k: string]: unknown;
};

export const ResponseFormatJsonObject$inboundSchema: z.ZodType<ResponseFormatJsonObject, unknown> = objectInbound<ResponseFormatJsonObject>(
  {
    type: ["type", ResponseFormatJsonObjectType$inboundSchema],
  },
);

export const ResponseFormatJsonObject$outboundSchema: z.ZodType<ResponseFormatJsonObject$Outbound, ResponseFormatJsonObject> = objectOutbound<ResponseFormatJsonObject, ResponseFormatJsonObject$Outbound>(
  {
    type: ["type", ResponseFormatJsonObjectType$outboundSchema],
  },
);

export function responseFormatJsonObjectToJSON(value: ResponseFormatJsonObject): string {
  return stringifyJSON(value, ResponseFormatJsonObject$outboundSchema, "ResponseFormatJsonObject");
}

export function responseFormatJsonObjectFromJSON(
  jsonString: string,
): SafeParseResult<ResponseFormatJsonObject, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseFormatJsonObject$inboundSchema, "ResponseFormatJsonObject");
}
