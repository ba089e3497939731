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

export const DoubleClickActionType = {
  DoubleClick: "double_click",
} as const;
export type DoubleClickActionType = ClosedEnum<typeof DoubleClickActionType>;

export const DoubleClickActionType$inboundSchema: z.ZodType<DoubleClickActionType, unknown> = enumSchema(DoubleClickActionType);

export const DoubleClickActionType$outboundSchema: z.ZodType<DoubleClickActionType, DoubleClickActionType> = enumSchema(DoubleClickActionType);

export function doubleClickActionTypeToJSON(value: DoubleClickActionType): string {
  return stringifyJSON(value, DoubleClickActionType$outboundSchema, "DoubleClickActionType");
}

export function doubleClickActionTypeFromJSON(
  jsonString: string,
): SafeParseResult<DoubleClickActionType, SDKValidationError> {
  return safeParseJSON(jsonString, DoubleClickActionType$inboundSchema, "DoubleClickActionType");
}

export type DoubleClickAction = {
  type: DoubleClickActionType;
  x: number;
  y: number;
  keys: Array<string> | null;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** DoubleClickAction as it is sent on the wire. */
export type DoubleClickAction$Outbound = {
  type: DoubleClickActionType;
  x: number;
  y: number;
  keys: Array<string> | null;
  [k: string]: unknown;
};

export const DoubleClickAction$inboundSchema: z.ZodType<DoubleClickAction, unknown> = objectInbound<DoubleClickAction>(
  {
    type: ["type", DoubleClickActionType$inboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    keys: ["keys", z.array(z.string()).nullable()],
  },
);

export const DoubleClickAction$outboundSchema: z.ZodType<DoubleClickAction$Outbound, DoubleClickAction> = objectOutbound<DoubleClickAction, DoubleClickAction$Outbound>(
  {
    type: ["type", DoubleClickActionType$outboundSchema],
    x: ["x", z.int()],
    y: ["y", z.int()],
    keys: ["keys", z.array(z.string()).nullable()],
  },
);

export function doubleClickActionToJSON(value: DoubleClickAction): string {
  return stringifyJSON(value, DoubleClickAction$outboundSchema, "DoubleClickAction");
}

export function doubleClickActionFromJSON(
  jsonString: string,
): SafeParseResult<DoubleClickAction, SDKValidationError> {
  return safeParseJSON(jsonString, DoubleClickAction$inboundSchema, "DoubleClickAction");
}
