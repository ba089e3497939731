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

export const AdditionalToolsItemParam$inboundSchema: z.ZodType<AdditionalToolsItemParam, unknown> = objectInbound(
  {
    id: z.string().nullable().optional(),
    type: AdditionalToolsItemParamType$inboundSchema,
    role: AdditionalToolsItemParamRole$inboundSchema,
    tools: z.array(Tool$inboundSchema),
  },
  (v) => ({
    ...(v.id === undefined ? {} : { id: v.id }),
    type: v.type,
    role: v.role,
    tools: v.tools,
    ...collectAdditionalProperties(v, ["id", "type", "role", "tools"]),
  }),
);

export const AdditionalToolsItemParam$outboundSchema: z.ZodType<AdditionalToolsItemParam$Outbound, AdditionalToolsItemParam> = objectOutbound(
  {
    id: z.string().nullable().optional(),
    type: AdditionalToolsItemParamType$outboundSchema,
    role: AdditionalToolsItemParamRole$outboundSchema,
    tools: z.array(Tool$outboundSchema),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.id === undefined ? {} : { id: v.id }),
    type: v.type,
    role: v.role,
    tools: v.tools,
    ...emitAdditionalProperties(v.additionalProperties, ["id", "type", "role", "tools"]),
  }),
);

export function additionalToolsItemParamToJSON(value: AdditionalToolsItemParam): string {
  return stringifyJSON(value, AdditionalToolsItemParam$outboundSchema, "AdditionalToolsItemParam");
}

export function additionalToolsItemParamFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalToolsItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalToolsItemParam$inboundSchema, "AdditionalToolsItemParam");
}
