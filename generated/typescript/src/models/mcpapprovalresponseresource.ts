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

export const MCPApprovalResponseResourceType = {
  McpApprovalResponse: "mcp_approval_response",
} as const;
export type MCPApprovalResponseResourceType = ClosedEnum<typeof MCPApprovalResponseResourceType>;

export const MCPApprovalResponseResourceType$inboundSchema: z.ZodType<MCPApprovalResponseResourceType, unknown> = enumSchema(MCPApprovalResponseResourceType);

export const MCPApprovalResponseResourceType$outboundSchema: z.ZodType<MCPApprovalResponseResourceType, MCPApprovalResponseResourceType> = enumSchema(MCPApprovalResponseResourceType);

export function mcpApprovalResponseResourceTypeToJSON(value: MCPApprovalResponseResourceType): string {
  return stringifyJSON(value, MCPApprovalResponseResourceType$outboundSchema, "MCPApprovalResponseResourceType");
}

export function mcpApprovalResponseResourceTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalResponseResourceType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalResponseResourceType$inboundSchema, "MCPApprovalResponseResourceType");
}

export type MCPApprovalResponseResource = {
  type: MCPApprovalResponseResourceType;
  id: string;
  approvalRequestId: string;
  approve: boolean;
  reason?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPApprovalResponseResource as it is sent on the wire. */
export type MCPApprovalResponseResource$Outbound = {
  type: MCPApprovalResponseResourceType;
  id: string;
  approval_request_id: string;
  approve: boolean;
  reason?: string | null | undefined;
  [k: string]: unknown;
};

export const MCPApprovalResponseResource$inboundSchema: z.ZodType<MCPApprovalResponseResource, unknown> = objectInbound<MCPApprovalResponseResource>(
  {
    type: ["type", MCPApprovalResponseResourceType$inboundSchema],
    id: ["id", z.string()],
    approvalRequestId: ["approval_request_id", z.string()],
    approve: ["approve", z.boolean()],
    reason: ["reason", z.string().nullable().optional()],
  },
);

export const MCPApprovalResponseResource$outboundSchema: z.ZodType<MCPApprovalResponseResource$Outbound, MCPApprovalResponseResource> = objectOutbound<MCPApprovalResponseResource, MCPApprovalResponseResource$Outbound>(
  {
    type: ["type", MCPApprovalResponseResourceType$outboundSchema],
    id: ["id", z.string()],
    approvalRequestId: ["approval_request_id", z.string()],
    approve: ["approve", z.boolean()],
    reason: ["reason", z.string().nullable().optional()],
  },
);

export function mcpApprovalResponseResourceToJSON(value: MCPApprovalResponseResource): string {
  return stringifyJSON(value, MCPApprovalResponseResource$outboundSchema, "MCPApprovalResponseResource");
}

export function mcpApprovalResponseResourceFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalResponseResource, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalResponseResource$inboundSchema, "MCPApprovalResponseResource");
}
