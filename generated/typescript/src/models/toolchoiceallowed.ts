// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  recordSchema,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

export const ToolChoiceAllowedType = {
  AllowedTools: "allowed_tools",
} as const;
export type ToolChoiceAllowedType = ClosedEnum<typeof ToolChoiceAllowedType>;

export const ToolChoiceAllowedType$inboundSchema: z.ZodType<ToolChoiceAllowedType, unknown> = enumSchema(ToolChoiceAllowedType);

export const ToolChoiceAllowedType$outboundSchema: z.ZodType<ToolChoiceAllowedType, ToolChoiceAllowedType> = enumSchema(ToolChoiceAllowedType);

export function toolChoiceAllowedTypeToJSON(value: ToolChoiceAllowedType): string {
  return stringifyJSON(value, ToolChoiceAllowedType$outboundSchema, "ToolChoiceAllowedType");
}

export function toolChoiceAllowedTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceAllowedType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceAllowedType$inboundSchema, "ToolChoiceAllowedType");
}

export const ToolChoiceAllowedMode = {
  Auto: "auto",
  Required: "required",
} as const;
export type ToolChoiceAllowedMode = ClosedEnum<typeof ToolChoiceAllowedMode>;

export const ToolChoiceAllowedMode$inboundSchema: z.ZodType<ToolChoiceAllowedMode, unknown> = enumSchema(ToolChoiceAllowedMode);

export const ToolChoiceAllowedMode$outboundSchema: z.ZodType<ToolChoiceAllowedMode, ToolChoiceAllowedMode> = enumSchema(ToolChoiceAllowedMode);

export function toolChoiceAllowedModeToJSON(value: ToolChoiceAllowedMode): string {
  return stringifyJSON(value, ToolChoiceAllowedMode$outboundSchema, "ToolChoiceAllowedMode");
}

export function toolChoiceAllowedModeFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceAllowedMode, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceAllowedMode$inboundSchema, "ToolChoiceAllowedMode");
}

export type ToolChoiceAllowed = {
  type: ToolChoiceAllowedType;
  mode: ToolChoiceAllowedMode;
  tools: Array<{ [k: string]: unknown }>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolChoiceAllowed as it is sent on the wire. */
export type ToolChoiceAllowed$Outbound = {
  type: ToolChoiceAllowedType;
  mode: ToolChoiceAllowedMode;
  tools: Array<{ [k: string]: unknown }>;
  [k: string]: unknown;
};

export const ToolChoiceAllowed$inboundSchema: z.ZodType<ToolChoiceAllowed, unknown> = objectInbound<ToolChoiceAllowed>(
  {
    type: ["type", ToolChoiceAllowedType$inboundSchema],
    mode: ["mode", ToolChoiceAllowedMode$inboundSchema],
    tools: ["tools", z.array(recordSchema(z.unknown()))],
  },
);

export const ToolChoiceAllowed$outboundSchema: z.ZodType<ToolChoiceAllowed$Outbound, ToolChoiceAllowed> = objectOutbound<ToolChoiceAllowed, ToolChoiceAllowed$Outbound>(
  {
    type: ["type", ToolChoiceAllowedType$outboundSchema],
    mode: ["mode", ToolChoiceAllowedMode$outboundSchema],
    tools: ["tools", z.array(recordSchema(z.unknown()))],
  },
);

export function toolChoiceAllowedToJSON(value: ToolChoiceAllowed): string {
  return stringifyJSON(value, ToolChoiceAllowed$outboundSchema, "ToolChoiceAllowed");
}

export function toolChoiceAllowedFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceAllowed, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceAllowed$inboundSchema, "ToolChoiceAllowed");
}
