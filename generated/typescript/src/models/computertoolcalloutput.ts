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

export const ComputerToolCallOutputType = {
  ComputerCallOutput: "computer_call_output",
} as const;
export type ComputerToolCallOutputType = ClosedEnum<typeof ComputerToolCallOutputType>;

export const ComputerToolCallOutputType$inboundSchema: z.ZodType<ComputerToolCallOutputType, unknown> = enumSchema(ComputerToolCallOutputType);

export const ComputerToolCallOutputType$outboundSchema: z.ZodType<ComputerToolCallOutputType, ComputerToolCallOutputType> = enumSchema(ComputerToolCallOutputType);

export function computerToolCallOutputTypeToJSON(value: ComputerToolCallOutputType): string {
  return stringifyJSON(value, ComputerToolCallOutputType$outboundSchema, "ComputerToolCallOutputType");
}

export function computerToolCallOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallOutputType$inboundSchema, "ComputerToolCallOutputType");
}

export const ComputerToolCallOutputStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type ComputerToolCallOutputStatus = ClosedEnum<typeof ComputerToolCallOutputStatus>;

export const ComputerToolCallOutputStatus$inboundSchema: z.ZodType<ComputerToolCallOutputStatus, unknown> = enumSchema(ComputerToolCallOutputStatus);

export const ComputerToolCallOutputStatus$outboundSchema: z.ZodType<ComputerToolCallOutputStatus, ComputerToolCallOutputStatus> = enumSchema(ComputerToolCallOutputStatus);

export function computerToolCallOutputStatusToJSON(value: ComputerToolCallOutputStatus): string {
  return stringifyJSON(value, ComputerToolCallOutputStatus$outboundSchema, "ComputerToolCallOutputStatus");
}

export function computerToolCallOutputStatusFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallOutputStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallOutputStatus$inboundSchema, "ComputerToolCallOutputStatus");
}

export type ComputerToolCallOutput = {
  type: ComputerToolCallOutputType;
  id?: string | undefined;
  callId: string;
  acknowledgedSafetyChecks?: Array<ComputerCallSafetyCheckParam> | undefined;
  output: ComputerScreenshotImage;
  status?: ComputerToolCallOutputStatus | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerToolCallOutput as it is sent on the wire. */
export type ComputerToolCallOutput$Outbound = {
  type: ComputerToolCallOutputType;
  id?: string | undefined;
  call_id: string;
  acknowledged_safety_checks?: Array<ComputerCallSafetyCheckParam$Outbound> | undefined;
  output: ComputerScreenshotImage$Outbound;
  status?: ComputerToolCallOutputStatus | undefined;
  [k: string]: unknown;
};

export const ComputerToolCallOutput$inboundSchema: z.ZodType<ComputerToolCallOutput, unknown> = objectInbound<ComputerToolCallOutput>(
  {
    type: ["type", ComputerToolCallOutputType$inboundSchema],
    id: ["id", z.string().optional()],
    callId: ["call_id", z.string()],
    acknowledgedSafetyChecks: ["acknowledged_safety_checks", z.array(ComputerCallSafetyCheckParam$inboundSchema).optional()],
    output: ["output", ComputerScreenshotImage$inboundSchema],
    status: ["status", ComputerToolCallOutputStatus$inboundSchema.optional()],
  },
);

export const ComputerToolCallOutput$outboundSchema: z.ZodType<ComputerToolCallOutput$Outbound, ComputerToolCallOutput> = objectOutbound<ComputerToolCallOutput, ComputerToolCallOutput$Outbound>(
  {
    type: ["type", ComputerToolCallOutputType$outboundSchema],
    id: ["id", z.string().optional()],
    callId: ["call_id", z.string()],
    acknowledgedSafetyChecks: ["acknowledged_safety_checks", z.array(ComputerCallSafetyCheckParam$outboundSchema).optional()],
    output: ["output", ComputerScreenshotImage$outboundSchema],
    status: ["status", ComputerToolCallOutputStatus$outboundSchema.optional()],
  },
);

export function computerToolCallOutputToJSON(value: ComputerToolCallOutput): string {
  return stringifyJSON(value, ComputerToolCallOutput$outboundSchema, "ComputerToolCallOutput");
}

export function computerToolCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallOutput$inboundSchema, "ComputerToolCallOutput");
}
