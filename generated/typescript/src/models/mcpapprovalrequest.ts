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

export const MCPApprovalRequest$inboundSchema: z.ZodType<MCPApprovalRequest, unknown> = objectInbound<MCPApprovalRequest>(
  {
    type: ["type", MCPApprovalRequestType$inboundSchema],
    id: ["id", z.string()],
    serverLabel: ["server_label", z.string()],
    name: ["name", z.string()],
    arguments: ["arguments", z.string()],
  },
);

export const MCPApprovalRequest$outboundSchema: z.ZodType<MCPApprovalRequest$Outbound, MCPApprovalRequest> = objectOutbound<MCPApprovalRequest, MCPApprovalRequest$Outbound>(
  {
    type: ["type", MCPApprovalRequestType$outboundSchema],
    id: ["id", z.string()],
    serverLabel: ["server_label", z.string()],
    name: ["name", z.string()],
    arguments: ["arguments", z.string()],
  },
);

export function mcpApprovalRequestToJSON(value: MCPApprovalRequest): string {
  return stringifyJSON(value, MCPApprovalRequest$outboundSchema, "MCPApprovalRequest");
}

export function mcpApprovalRequestFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalRequest, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalRequest$inboundSchema, "MCPApprovalRequest");
}
