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

export const ScrollParamType = {
  Scroll: "scroll",
} as const;
export type ScrollParamType = ClosedEnum<typeof ScrollParamType>;

export const ScrollParamType$inboundSchema: z.ZodType<ScrollParamType, unknown> = enumSchema(ScrollParamType);

export const ScrollParamType$outboundSchema: z.ZodType<ScrollParamType, ScrollParamType> = enumSchema(ScrollParamType);

export function scrollParamTypeToJSON(value: ScrollParamType): string {
  return stringifyJSON(value, ScrollParamType$outboundSchema, "ScrollParamType");
}

export function scrollParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ScrollParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ScrollParamType$inboundSchema, "ScrollParamType");
}

export type ScrollParam = {
  type: ScrollParamType;
  x: number;
  y: number;
  scrollX: number;
  scrollY: number;
  keys?: Array<string> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ScrollParam as it is sent on the wire. */
export type ScrollParam$Outbound = {
  type: ScrollParamType;
  x: number;
  y: number;
  scroll_x: number;
  scroll_y: number;
  keys?: Array<string> | null | undefined;
  [k: string]: unknown;
};

export const ScrollParam$inboundSchema: z.ZodType<ScrollParam, unknown> = objectInbound<ScrollParam>(
  {
    type: ["type", ScrollParamType$inboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    scrollX: ["scroll_x", z.int()],
    scrollY: ["scroll_y", z.int()],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export const ScrollParam$outboundSchema: z.ZodType<ScrollParam$Outbound, ScrollParam> = objectOutbound<ScrollParam, ScrollParam$Outbound>(
  {
    type: ["type", ScrollParamType$outboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    scrollX: ["scroll_x", z.int()],
    scrollY: ["scroll_y", z.int()],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export function scrollParamToJSON(value: ScrollParam): string {
  return stringifyJSON(value, ScrollParam$outboundSchema, "ScrollParam");
}

export function scrollParamFromJSON(
  jsonString: string,
): SafeParseResult<ScrollParam, SDKValidationError> {
  return safeParseJSON(jsonString, ScrollParam$inboundSchema, "ScrollParam");
}
