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

export const ComputerToolCallOutputResource$inboundSchema: z.ZodType<ComputerToolCallOutputResource, unknown> = objectInbound(
  {
    type: ComputerToolCallOutputResourceType$inboundSchema,
    id: z.string(),
    call_id: z.string(),
    acknowledged_safety_checks: z.array(ComputerCallSafetyCheckParam$inboundSchema).optional(),
    output: ComputerScreenshotImage$inboundSchema,
    status: ComputerCallOutputStatus$inboundSchema,
    created_by: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    callId: v.call_id,
    ...(v.acknowledged_safety_checks === undefined ? {} : { acknowledgedSafetyChecks: v.acknowledged_safety_checks }),
    output: v.output,
    status: v.status,
    ...(v.created_by === undefined ? {} : { createdBy: v.created_by }),
    ...collectAdditionalProperties(v, ["type", "id", "call_id", "acknowledged_safety_checks", "output", "status", "created_by"]),
  }),
);

export const ComputerToolCallOutputResource$outboundSchema: z.ZodType<ComputerToolCallOutputResource$Outbound, ComputerToolCallOutputResource> = objectOutbound(
  {
    type: ComputerToolCallOutputResourceType$outboundSchema,
    id: z.string(),
    callId: z.string(),
    acknowledgedSafetyChecks: z.array(ComputerCallSafetyCheckParam$outboundSchema).optional(),
    output: ComputerScreenshotImage$outboundSchema,
    status: ComputerCallOutputStatus$outboundSchema,
    createdBy: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    call_id: v.callId,
    ...(v.acknowledgedSafetyChecks === undefined ? {} : { acknowledged_safety_checks: v.acknowledgedSafetyChecks }),
    output: v.output,
    status: v.status,
    ...(v.createdBy === undefined ? {} : { created_by: v.createdBy }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "call_id", "acknowledged_safety_checks", "output", "status", "created_by"]),
  }),
);

export function computerToolCallOutputResourceToJSON(value: ComputerToolCallOutputResource): string {
  return stringifyJSON(value, ComputerToolCallOutputResource$outboundSchema, "ComputerToolCallOutputResource");
}

export function computerToolCallOutputResourceFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolCallOutputResource, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolCallOutputResource$inboundSchema, "ComputerToolCallOutputResource");
}
