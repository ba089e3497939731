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
  ComputerCallSafetyCheckParam$inboundSchema,
  ComputerCallSafetyCheckParam$outboundSchema,
  type ComputerCallSafetyCheckParam,
  type ComputerCallSafetyCheckParam$Outbound,
} from "./computercallsafetycheckparam.js";
import {
  ComputerScreenshotImage$inboundSchema,
  ComputerScreenshotImage$outboundSchema,
  type ComputerScreenshotImage,
  type ComputerScreenshotImage$Outbound,
} from "./computerscreenshotimage.js";
import {
  FunctionCallItemStatus$inboundSchema,
  FunctionCallItemStatus$outboundSchema,
  type FunctionCallItemStatus,
} from "./functioncallitemstatus.js";

export const ComputerCallOutputItemParamType = {
  ComputerCallOutput: "computer_call_output",
} as const;
export type ComputerCallOutputItemParamType = ClosedEnum<typeof ComputerCallOutputItemParamType>;

export const ComputerCallOutputItemParamType$inboundSchema: z.ZodType<ComputerCallOutputItemParamType, unknown> = enumSchema(ComputerCallOutputItemParamType);

export const ComputerCallOutputItemParamType$outboundSchema: z.ZodType<ComputerCallOutputItemParamType, ComputerCallOutputItemParamType> = enumSchema(ComputerCallOutputItemParamType);

export function computerCallOutputItemParamTypeToJSON(value: ComputerCallOutputItemParamType): string {
  return stringifyJSON(value, ComputerCallOutputItemParamType$outboundSchema, "ComputerCallOutputItemParamType");
}

export function computerCallOutputItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerCallOutputItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerCallOutputItemParamType$inboundSchema, "ComputerCallOutputItemParamType");
}

export type ComputerCallOutputItemParam = {
  id?: string | null | undefined;
  callId: string;
  type: ComputerCallOutputItemParamType;
  output: ComputerScreenshotImage;
  acknowledgedSafetyChecks?: Array<ComputerCallSafetyCheckParam> | null | undefined;
  status?: FunctionCallItemStatus | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerCallOutputItemParam as it is sent on the wire. */
export type ComputerCallOutputItemParam$Outbound = {
  id?: string | null | undefined;
  call_id: string;
  type: ComputerCallOutputItemParamType;
  output: ComputerScreenshotImage$Outbound;
  acknowledged_safety_checks?: Array<ComputerCallSafetyCheckParam$Outbound> | null | undefined;
  status?: FunctionCallItemStatus | null | undefined;
  [k: string]: unknown;
};

export const ComputerCallOutputItemParam$inboundSchema: z.ZodType<ComputerCallOutputItemParam, unknown> = objectInbound<ComputerCallOutputItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    type: ["type", ComputerCallOutputItemParamType$inboundSchema],
    output: ["output", ComputerScreenshotImage$inboundSchema],
    acknowledgedSafetyChecks: ["acknowledged_safety_checks", z.array(ComputerCallSafetyCheckParam$inboundSchema).nullable().optional()],
    status: ["status", FunctionCallItemStatus$inboundSchema.nullable().optional()],
  },
);

export const ComputerCallOutputItemParam$outboundSchema: z.ZodType<ComputerCallOutputItemParam$Outbound, ComputerCallOutputItemParam> = objectOutbound<ComputerCallOutputItemParam, ComputerCallOutputItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64)],
    type: ["type", ComputerCallOutputItemParamType$outboundSchema],
    output: ["output", ComputerScreenshotImage$outboundSchema],
    acknowledgedSafetyChecks: ["acknowledged_safety_checks", z.array(ComputerCallSafetyCheckParam$outboundSchema).nullable().optional()],
    status: ["status", FunctionCallItemStatus$outboundSchema.nullable().optional()],
  },
);

export function computerCallOutputItemParamToJSON(value: ComputerCallOutputItemParam): string {
  return stringifyJSON(value, ComputerCallOutputItemParam$outboundSchema, "ComputerCallOutputItemParam");
}

export function computerCallOutputItemParamFromJSON(
  jsonString: string,
): SafeParseResult<ComputerCallOutputItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerCallOutputItemParam$inboundSchema, "ComputerCallOutputItemParam");
}
