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

export const AdditionalTools$inboundSchema: z.ZodType<AdditionalTools, unknown> = objectInbound<AdditionalTools>(
  {
    type: ["type", AdditionalToolsType$inboundSchema],
    id: ["id", z.string()],
    role: ["role", MessageRole$inboundSchema],
    tools: ["tools", z.array(Tool$inboundSchema)],
  },
);

export const AdditionalTools$outboundSchema: z.ZodType<AdditionalTools$Outbound, AdditionalTools> = objectOutbound<AdditionalTools, AdditionalTools$Outbound>(
  {
    type: ["type", AdditionalToolsType$outboundSchema],
    id: ["id", z.string()],
    role: ["role", MessageRole$outboundSchema],
    tools: ["tools", z.array(Tool$outboundSchema)],
  },
);

export function additionalToolsToJSON(value: AdditionalTools): string {
  return stringifyJSON(value, AdditionalTools$outboundSchema, "AdditionalTools");
}

export function additionalToolsFromJSON(
  jsonString: string,
): SafeParseResult<AdditionalTools, SDKValidationError> {
  return safeParseJSON(jsonString, AdditionalTools$inboundSchema, "AdditionalTools");
}
