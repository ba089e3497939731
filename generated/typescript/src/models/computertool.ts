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

export const ComputerToolType = {
  Computer: "computer",
} as const;
export type ComputerToolType = ClosedEnum<typeof ComputerToolType>;

export const ComputerToolType$inboundSchema: z.ZodType<ComputerToolType, unknown> = enumSchema(ComputerToolType);

export const ComputerToolType$outboundSchema: z.ZodType<ComputerToolType, ComputerToolType> = enumSchema(ComputerToolType);

export function computerToolTypeToJSON(value: ComputerToolType): string {
  return stringifyJSON(value, ComputerToolType$outboundSchema, "ComputerToolType");
}

export function computerToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerToolType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerToolType$inboundSchema, "ComputerToolType");
}

export type ComputerTool = {
  type: ComputerToolType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerTool as it is sent on the wire. */
export type ComputerTool$Outbound = {
  type: ComputerToolType;
  [k: string]: unknown;
};

export const ComputerTool$inboundSchema: z.ZodType<ComputerTool, unknown> = objectInbound<ComputerTool>(
  {
    type: ["type", ComputerToolType$inboundSchema],
  },
);

export const ComputerTool$outboundSchema: z.ZodType<ComputerTool$Outbound, ComputerTool> = objectOutbound<ComputerTool, ComputerTool$Outbound>(
  {
    type: ["type", ComputerToolType$outboundSchema],
  },
);

export function computerToolToJSON(value: ComputerTool): string {
  return stringifyJSON(value, ComputerTool$outboundSchema, "ComputerTool");
}

export function computerToolFromJSON(
  jsonString: string,
): SafeParseResult<ComputerTool, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerTool$inboundSchema, "ComputerTool");
}
