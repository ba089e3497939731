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
  MessageRole$inboundSchema,
  MessageRole$outboundSchema,
  type MessageRole,
} from "./messagerole.js";
import { Tool$inboundSchema, Tool$outboundSchema, type Tool, type Tool$Outbound } from "./tool.js";

export const AdditionalToolsType = {
  AdditionalTools: "additional_tools",
} as const;
export type AdditionalToolsType = ClosedEnum<typeof AdditionalToolsType>;

export const AdditionalToolsType$inboundSchema: z.ZodType<AdditionalToolsType, unknown> = enumSchema(AdditionalToolsType);

export const AdditionalToolsType$outboundSchema: z.ZodType<AdditionalToolsType, AdditionalToolsType> = enumSchema(AdditionalToolsType);

export function additionalToolsTypeToJSON(value: AdditionalToolsType): string {
  return stringifyJSON(value, AdditionalToolsType$outboundSchema, "AdditionalToolsType");
}

export function additionalToolsTypeFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalToolsType, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalToolsType$inboundSchema, "AdditionalToolsType");
}

export type AdditionalTools = {
  type: AdditionalToolsType;
  id: string;
  role: MessageRole;
  tools: Array<Tool>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** AdditionalTools as it is sent on the wire. */
export type AdditionalTools$Outbound = {
  type: AdditionalToolsType;
  id: string;
  role: MessageRole;
  tools: Array<Tool$Outbound>;
  [k: string]: unknown;
};

export const AdditionalTools$inboundSchema: z.ZodType<AdditionalTools, unknown> = objectInbound(
  {
    type: AdditionalToolsType$inboundSchema,
    id: z.string(),
    role: MessageRole$inboundSchema,
    tools: z.array(Tool$inboundSchema),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    role: v.role,
    tools: v.tools,
    ...collectAdditionalProperties(v, ["type", "id", "role", "tools"]),
  }),
);

export const AdditionalTools$outboundSchema: z.ZodType<AdditionalTools$Outbound, AdditionalTools> = objectOutbound(
  {
    type: AdditionalToolsType$outboundSchema,
    id: z.string(),
    role: MessageRole$outboundSchema,
    tools: z.array(Tool$outboundSchema),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    role: v.role,
    tools: v.tools,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "role", "tools"]),
  }),
);

export function additionalToolsToJSON(value: AdditionalTools): string {
  return stringifyJSON(value, AdditionalTools$outboundSchema, "AdditionalTools");
}

export function additionalToolsFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalTools, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalTools$inboundSchema, "AdditionalTools");
}
