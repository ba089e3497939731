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

export const ScreenshotParamType = {
  Screenshot: "screenshot",
} as const;
export type ScreenshotParamType = ClosedEnum<typeof ScreenshotParamType>;

export const ScreenshotParamType$inboundSchema: z.ZodType<ScreenshotParamType, unknown> = enumSchema(ScreenshotParamType);

export const ScreenshotParamType$outboundSchema: z.ZodType<ScreenshotParamType, ScreenshotParamType> = enumSchema(ScreenshotParamType);

export function screenshotParamTypeToJSON(value: ScreenshotParamType): string {
  return stringifyJSON(value, ScreenshotParamType$outboundSchema, "ScreenshotParamType");
}

export function screenshotParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ScreenshotParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ScreenshotParamType$inboundSchema, "ScreenshotParamType");
}

export type ScreenshotParam = {
  type: ScreenshotParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ScreenshotParam as it is sent on the wire. */
export type ScreenshotParam$Outbound = {
  type: ScreenshotParamType;
  [k: string]: unknown;
};

export const ScreenshotParam$inboundSchema: z.ZodType<ScreenshotParam, unknown> = objectInbound<ScreenshotParam>(
  {
    type: ["type", ScreenshotParamType$inboundSchema],
  },
);

export const ScreenshotParam$outboundSchema: z.ZodType<ScreenshotParam$Outbound, ScreenshotParam> = objectOutbound<ScreenshotParam, ScreenshotParam$Outbound>(
  {
    type: ["type", ScreenshotParamType$outboundSchema],
  },
);

export function screenshotParamToJSON(value: ScreenshotParam): string {
  return stringifyJSON(value, ScreenshotParam$outboundSchema, "ScreenshotParam");
}

export function screenshotParamFromJSON(
  jsonString: string,
): SafeParseResult<ScreenshotParam, SDKValidationError> {
  return safeParseJSON(jsonString, ScreenshotParam$inboundSchema, "ScreenshotParam");
}
