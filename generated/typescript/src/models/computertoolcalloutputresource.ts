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
  ComputerCallOutputStatus$inboundSchema,
  ComputerCallOutputStatus$outboundSchema,
  type ComputerCallOutputStatus,
} from "./computercalloutputstatus.js";
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

export const ComputerToolCallOutputResourceType = {
  ComputerCallOutput: "computer_call_output",
} as const;
export type ComputerToolCallOutputResourceType = ClosedEnum<typeof ComputerToolCallOutputResourceType>;

export const ComputerToolCallOutputResourceType$inboundSchema: z.ZodType<ComputerToolCallOutputResourceType, unknown> = enumSchema(ComputerToolCallOutputResourceType);

export const ComputerToolCallOutputResourceType$outboundSchema: z.ZodType<ComputerToolCallOutputResourceType, ComputerToolCallOutputResourceType> = enumSchema(ComputerToolCallOutputResourceType);

export function computerToolCallOutputResourceTypeToJSON(value: ComputerToolCallOutputResourceType): string {
  return stringifyJSON(value, ComputerToolCallOutputResourceType$outboundSchema, "ComputerToolCallOutputResourceType");
}

export function computerToolCallOutputResourceTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallOutputResourceType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallOutputResourceType$inboundSchema, "ComputerToolCallOutputResourceType");
}

export type ComputerToolCallOutputResource = {
  type: ComputerToolCallOutputResourceType;
  id: string;
  callId: string;
  acknowledgedSafetyChecks?: Array<ComputerCallSafetyCheckParam> | undefined;
  output: ComputerScreenshotImage;
  status: ComputerCallOutputStatus;
  createdBy?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerToolCallOutputResource as it is sent on the wire. */
export type ComputerToolCallOutputResource$Outbound = {
  type: ComputerToolCallOutputResourceType;
  id: string;
  call_id: string;
  acknowledged_safety_checks?: Array<ComputerCallSafetyCheckParam$Outbound> | undefined;
  output: ComputerScreenshotImage$Outbound;
  status: ComputerCallOutputStatus;
  created_by?: string | undefined;
  [k: string]: unknown;
};

export const ComputerToolCallOutputResource$inboundSchema: z.ZodType<ComputerToolCallOutputResource, unknown> = objectInbound<ComputerToolCallOutputResource>(
  {
    type: ["type", ComputerToolCallOutputResourceType$inboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    acknowledgedSafetyChecks: ["acknowledged_safety_checks", z.array(ComputerCallSafetyCheckParam$inboundSchema).optional()],
    output: ["output", ComputerScreenshotImage$inboundSchema],
    status: ["status", ComputerCallOutputStatus$inboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export const ComputerToolCallOutputResource$outboundSchema: z.ZodType<ComputerToolCallOutputResource$Outbound, ComputerToolCallOutputResource> = objectOutbound<ComputerToolCallOutputResource, ComputerToolCallOutputResource$Outbound>(
  {
    type: ["type", ComputerToolCallOutputResourceType$outboundSchema],
    id: ["id", z.string()],
    callId: ["call_id", z.string()],
    acknowledgedSafetyChecks: ["acknowledged_safety_checks", z.array(ComputerCallSafetyCheckParam$outboundSchema).optional()],
    output: ["output", ComputerScreenshotImage$outboundSchema],
    status: ["status", ComputerCallOutputStatus$outboundSchema],
    createdBy: ["created_by", z.string().optional()],
  },
);

export function computerToolCallOutputResourceToJSON(value: ComputerToolCallOutputResource): string {
  return stringifyJSON(value, ComputerToolCallOutputResource$outboundSchema, "ComputerToolCallOutputResource");
}

export function computerToolCallOutputResourceFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallOutputResource, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallOutputResource$inboundSchema, "ComputerToolCallOutputResource");
}
