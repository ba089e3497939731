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

export const MoveParamType = {
  Move: "move",
} as const;
export type MoveParamType = ClosedEnum<typeof MoveParamType>;

export const MoveParamType$inboundSchema: z.ZodType<MoveParamType, unknown> = enumSchema(MoveParamType);

export const MoveParamType$outboundSchema: z.ZodType<MoveParamType, MoveParamType> = enumSchema(MoveParamType);

export function moveParamTypeToJSON(value: MoveParamType): string {
  return stringifyJSON(value, MoveParamType$outboundSchema, "MoveParamType");
}

export function moveParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<MoveParamType, SDKValidationError> {
  return safeParseJSON(jsonString, MoveParamType$inboundSchema, "MoveParamType");
}

export type MoveParam = {
  type: MoveParamType;
  x: number;
  y: number;
  keys?: Array<string> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MoveParam as it is sent on the wire. */
export type MoveParam$Outbound = {
  type: MoveParamType;
  x: number;
  y: number;
  keys?: Array<string> | null | undefined;
  [k: string]: unknown;
};

export const MoveParam$inboundSchema: z.ZodType<MoveParam, unknown> = objectInbound<MoveParam>(
  {
    type: ["type", MoveParamType$inboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export const MoveParam$outboundSchema: z.ZodType<MoveParam$Outbound, MoveParam> = objectOutbound<MoveParam, MoveParam$Outbound>(
  {
    type: ["type", MoveParamType$outboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export function moveParamToJSON(value: MoveParam): string {
  return stringifyJSON(value, MoveParam$outboundSchema, "MoveParam");
}

export function moveParamFromJSON(
  jsonString: string,
): SafeParseResult<MoveParam, SDKValidationError> {
  return safeParseJSON(jsonString, MoveParam$inboundSchema, "MoveParam");
}
