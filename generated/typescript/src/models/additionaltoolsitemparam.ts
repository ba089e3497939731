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
import { Tool$inboundSchema, Tool$outboundSchema, type Tool, type Tool$Outbound } from "./tool.js";

export const AdditionalToolsItemParamType = {
  AdditionalTools: "additional_tools",
} as const;
export type AdditionalToolsItemParamType = ClosedEnum<typeof AdditionalToolsItemParamType>;

export const AdditionalToolsItemParamType$inboundSchema: z.ZodType<AdditionalToolsItemParamType, unknown> = enumSchema(AdditionalToolsItemParamType);

export const AdditionalToolsItemParamType$outboundSchema: z.ZodType<AdditionalToolsItemParamType, AdditionalToolsItemParamType> = enumSchema(AdditionalToolsItemParamType);

export function additionalToolsItemParamTypeToJSON(value: AdditionalToolsItemParamType): string {
  return stringifyJSON(value, AdditionalToolsItemParamType$outboundSchema, "AdditionalToolsItemParamType");
}

export function additionalToolsItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalToolsItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalToolsItemParamType$inboundSchema, "AdditionalToolsItemParamType");
}

export const AdditionalToolsItemParamRole = {
  Developer: "developer",
} as const;
export type AdditionalToolsItemParamRole = ClosedEnum<typeof AdditionalToolsItemParamRole>;

export const AdditionalToolsItemParamRole$inboundSchema: z.ZodType<AdditionalToolsItemParamRole, unknown> = enumSchema(AdditionalToolsItemParamRole);

export const AdditionalToolsItemParamRole$outboundSchema: z.ZodType<AdditionalToolsItemParamRole, AdditionalToolsItemParamRole> = enumSchema(AdditionalToolsItemParamRole);

export function additionalToolsItemParamRoleToJSON(value: AdditionalToolsItemParamRole): string {
  return stringifyJSON(value, AdditionalToolsItemParamRole$outboundSchema, "AdditionalToolsItemParamRole");
}

export function additionalToolsItemParamRoleFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalToolsItemParamRole, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalToolsItemParamRole$inboundSchema, "AdditionalToolsItemParamRole");
}

export type AdditionalToolsItemParam = {
  id?: string | null | undefined;
  type: AdditionalToolsItemParamType;
  role: AdditionalToolsItemParamRole;
  tools: Array<Tool>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** AdditionalToolsItemParam as it is sent on the wire. */
export type AdditionalToolsItemParam$Outbound = {
  id?: string | null | undefined;
  type: AdditionalToolsItemParamType;
  role: AdditionalToolsItemParamRole;
  tools: Array<Tool$Outbound>;
  [k: string]: unknown;
};

export const AdditionalToolsItemParam$inboundSchema: z.ZodType<AdditionalToolsItemParam, unknown> = objectInbound<AdditionalToolsItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    type: ["type", AdditionalToolsItemParamType$inboundSchema],
    role: ["role", AdditionalToolsItemParamRole$inboundSchema],
    tools: ["tools", z.array(Tool$inboundSchema)],
  },
);

export const AdditionalToolsItemParam$outboundSchema: z.ZodType<AdditionalToolsItemParam$Outbound, AdditionalToolsItemParam> = objectOutbound<AdditionalToolsItemParam, AdditionalToolsItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    type: ["type", AdditionalToolsItemParamType$outboundSchema],
    role: ["role", AdditionalToolsItemParamRole$outboundSchema],
    tools: ["tools", z.array(Tool$outboundSchema)],
  },
);

export function additionalToolsItemParamToJSON(value: AdditionalToolsItemParam): string {
  return stringifyJSON(value, AdditionalToolsItemParam$outboundSchema, "AdditionalToolsItemParam");
}

export function additionalToolsItemParamFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalToolsItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalToolsItemParam$inboundSchema, "AdditionalToolsItemParam");
}
