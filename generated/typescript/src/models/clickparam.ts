// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const ClickParam$inboundSchema: z.ZodType<ClickParam, unknown> = objectInbound(
  {
    type: ClickParamType$inboundSchema,
    button: ClickButtonType$inboundSchema,
    x: z.int(),
    y: z.int(),
    keys: z.array(z.string()).nullable().optional(),
  },
  (v) => ({
    type: v.type,
    button: v.button,
    x: v.x,
    y: v.y,
    ...(v.keys === undefined ? {} : { keys: v.keys }),
    ...collectAdditionalProperties(v, ["type", "button", "x", "y", "keys"]),
  }),
);

export const ClickParam$outboundSchema: z.ZodType<ClickParam$Outbound, ClickParam> = objectOutbound(
  {
    type: ClickParamType$outboundSchema,
    button: ClickButtonType$outboundSchema,
    x: z.int(),
    y: z.int(),
    keys: z.array(z.string()).nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    button: v.button,
    x: v.x,
    y: v.y,
    ...(v.keys === undefined ? {} : { keys: v.keys }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "button", "x", "y", "keys"]),
  }),
);

export function clickParamToJSON(value: ClickParam): string {
  return stringifyJSON(value, ClickParam$outboundSchema, "ClickParam");
}

export function clickParamFromJSON(
  jsonString: string,
): SafeParseResult<ClickParam, SDKValidationError> {
  return safeParseJSON(jsonString, ClickParam$inboundSchema, "ClickParam");
}
