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
  ClickButtonType$inboundSchema,
  ClickButtonType$outboundSchema,
  type ClickButtonType,
} from "./clickbuttontype.js";

export const ClickParamType = {
  Click: "click",
} as const;
export type ClickParamType = ClosedEnum<typeof ClickParamType>;

export const ClickParamType$inboundSchema: z.ZodType<ClickParamType, unknown> = enumSchema(ClickParamType);

export const ClickParamType$outboundSchema: z.ZodType<ClickParamType, ClickParamType> = enumSchema(ClickParamType);

export function clickParamTypeToJSON(value: ClickParamType): string {
  return stringifyJSON(value, ClickParamType$outboundSchema, "ClickParamType");
}

export function clickParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ClickParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ClickParamType$inboundSchema, "ClickParamType");
}

export type ClickParam = {
  type: ClickParamType;
  button: ClickButtonType;
  x: number;
  y: number;
  keys?: Array<string> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ClickParam as it is sent on the wire. */
export type ClickParam$Outbound = {
  type: ClickParamType;
  button: ClickButtonType;
  x: number;
  y: number;
  keys?: Array<string> | null | undefined;
  [k: string]: unknown;
};

export const ClickParam$inboundSchema: z.ZodType<ClickParam, unknown> = objectInbound<ClickParam>(
  {
    type: ["type", ClickParamType$inboundSchema],
    button: ["button", ClickButtonType$inboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export const ClickParam$outboundSchema: z.ZodType<ClickParam$Outbound, ClickParam> = objectOutbound<ClickParam, ClickParam$Outbound>(
  {
    type: ["type", ClickParamType$outboundSchema],
    button: ["button", ClickButtonType$outboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export function clickParamToJSON(value: ClickParam): string {
  return stringifyJSON(value, ClickParam$outboundSchema, "ClickParam");
}

export function clickParamFromJSON(
  jsonString: string,
): SafeParseResult<ClickParam, SDKValidationError> {
  return safeParseJSON(jsonString, ClickParam$inboundSchema, "ClickParam");
}
