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

export const MCPApprovalRequestType = {
  McpApprovalRequest: "mcp_approval_request",
} as const;
export type MCPApprovalRequestType = ClosedEnum<typeof MCPApprovalRequestType>;

export const MCPApprovalRequestType$inboundSchema: z.ZodType<MCPApprovalRequestType, unknown> = enumSchema(MCPApprovalRequestType);

export const MCPApprovalRequestType$outboundSchema: z.ZodType<MCPApprovalRequestType, MCPApprovalRequestType> = enumSchema(MCPApprovalRequestType);

export function mcpApprovalRequestTypeToJSON(value: MCPApprovalRequestType): string {
  return stringifyJSON(value, MCPApprovalRequestType$outboundSchema, "MCPApprovalRequestType");
}

export function mcpApprovalRequestTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalRequestType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalRequestType$inboundSchema, "MCPApprovalRequestType");
}

export type MCPApprovalRequest = {
  type: MCPApprovalRequestType;
  id: string;
  serverLabel: string;
  name: string;
  arguments: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPApprovalRequest as it is sent on the wire. */
export type MCPApprovalRequest$Outbound = {
  type: MCPApprovalRequestType;
  id: string;
  server_label: string;
  name: string;
  arguments: string;
  [k: string]: unknown;
};

export const MCPApprovalRequest$inboundSchema: z.ZodType<MCPApprovalRequest, unknown> = objectInbound(
  {
    type: MCPApprovalRequestType$inboundSchema,
    id: z.string(),
    server_label: z.string(),
    name: z.string(),
    arguments: z.string(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    serverLabel: v.server_label,
    name: v.name,
    arguments: v.arguments,
    ...collectAdditionalProperties(v, ["type", "id", "server_label", "name", "arguments"]),
  }),
);

export const MCPApprovalRequest$outboundSchema: z.ZodType<MCPApprovalRequest$Outbound, MCPApprovalRequest> = objectOutbound(
  {
    type: MCPApprovalRequestType$outboundSchema,
    id: z.string(),
    serverLabel: z.string(),
    name: z.string(),
    arguments: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    id: v.id,
    server_label: v.serverLabel,
    name: v.name,
    arguments: v.arguments,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "id", "server_label", "name", "arguments"]),
  }),
);

export function mcpApprovalRequestToJSON(value: MCPApprovalRequest): string {
  return stringifyJSON(value, MCPApprovalRequest$outboundSchema, "MCPApprovalRequest");
}

export function mcpApprovalRequestFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalRequest, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalRequest$inboundSchema, "MCPApprovalRequest");
}
