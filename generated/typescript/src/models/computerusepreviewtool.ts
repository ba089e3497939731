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
  ComputerEnvironment$inboundSchema,
  ComputerEnvironment$outboundSchema,
  type ComputerEnvironment,
} from "./computerenvironment.js";

export const ComputerUsePreviewToolType = {
  ComputerUsePreview: "computer_use_preview",
} as const;
export type ComputerUsePreviewToolType = ClosedEnum<typeof ComputerUsePreviewToolType>;

export const ComputerUsePreviewToolType$inboundSchema: z.ZodType<ComputerUsePreviewToolType, unknown> = enumSchema(ComputerUsePreviewToolType);

export const ComputerUsePreviewToolType$outboundSchema: z.ZodType<ComputerUsePreviewToolType, ComputerUsePreviewToolType> = enumSchema(ComputerUsePreviewToolType);

export function computerUsePreviewToolTypeToJSON(value: ComputerUsePreviewToolType): string {
  return stringifyJSON(value, ComputerUsePreviewToolType$outboundSchema, "ComputerUsePreviewToolType");
}

export function computerUsePreviewToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerUsePreviewToolType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerUsePreviewToolType$inboundSchema, "ComputerUsePreviewToolType");
}

export type ComputerUsePreviewTool = {
  type: ComputerUsePreviewToolType;
  environment: ComputerEnvironment;
  displayWidth: number;
  displayHeight: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerUsePreviewTool as it is sent on the wire. */
export type ComputerUsePreviewTool$Outbound = {
  type: ComputerUsePreviewToolType;
  environment: ComputerEnvironment;
  display_width: number;
  display_height: number;
  [k: string]: unknown;
};

export const ComputerUsePreviewTool$inboundSchema: z.ZodType<ComputerUsePreviewTool, unknown> = objectInbound<ComputerUsePreviewTool>(
  {
    type: ["type", ComputerUsePreviewToolType$inboundSchema],
    environment: ["environment", ComputerEnvironment$inboundSchema],
    displayWidth: ["display_width", z.int()],
    displayHeight: ["display_height", z.int()],
  },
);

export const ComputerUsePreviewTool$outboundSchema: z.ZodType<ComputerUsePreviewTool$Outbound, ComputerUsePreviewTool> = objectOutbound<ComputerUsePreviewTool, ComputerUsePreviewTool$Outbound>(
  {
    type: ["type", ComputerUsePreviewToolType$outboundSchema],
    environment: ["environment", ComputerEnvironment$outboundSchema],
    displayWidth: ["display_width", z.int()],
    displayHeight: ["display_height", z.int()],
  },
);

export function computerUsePreviewToolToJSON(value: ComputerUsePreviewTool): string {
  return stringifyJSON(value, ComputerUsePreviewTool$outboundSchema, "ComputerUsePreviewTool");
}

export function computerUsePreviewToolFromJSON(
  jsonString: string,
): SafeParseResult<ComputerUsePreviewTool, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerUsePreviewTool$inboundSchema, "ComputerUsePreviewTool");
}
