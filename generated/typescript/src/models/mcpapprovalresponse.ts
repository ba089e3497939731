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

export const MCPApprovalResponseType = {
  McpApprovalResponse: "mcp_approval_response",
} as const;
export type MCPApprovalResponseType = ClosedEnum<typeof MCPApprovalResponseType>;

export const MCPApprovalResponseType$inboundSchema: z.ZodType<MCPApprovalResponseType, unknown> = enumSchema(MCPApprovalResponseType);

export const MCPApprovalResponseType$outboundSchema: z.ZodType<MCPApprovalResponseType, MCPApprovalResponseType> = enumSchema(MCPApprovalResponseType);

export function mcpApprovalResponseTypeToJSON(value: MCPApprovalResponseType): string {
  return stringifyJSON(value, MCPApprovalResponseType$outboundSchema, "MCPApprovalResponseType");
}

export function mcpApprovalResponseTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalResponseType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalResponseType$inboundSchema, "MCPApprovalResponseType");
}

export type MCPApprovalResponse = {
  type: MCPApprovalResponseType;
  id?: string | null | undefined;
  approvalRequestId: string;
  approve: boolean;
  reason?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPApprovalResponse as it is sent on the wire. */
export type MCPApprovalResponse$Outbound = {
  type: MCPApprovalResponseType;
  id?: string | null | undefined;
  approval_request_id: string;
  approve: boolean;
  reason?: string | null | undefined;
  [k: string]: unknown;
};

export const MCPApprovalResponse$inboundSchema: z.ZodType<MCPApprovalResponse, unknown> = objectInbound<MCPApprovalResponse>(
  {
    type: ["type", MCPApprovalResponseType$inboundSchema],
    id: ["id", z.string().nullable().optional()],
    approvalRequestId: ["approval_request_id", z.string()],
    approve: ["approve", z.boolean()],
    reason: ["reason", z.string().nullable().optional()],
  },
);

export const MCPApprovalResponse$outboundSchema: z.ZodType<MCPApprovalResponse$Outbound, MCPApprovalResponse> = objectOutbound<MCPApprovalResponse, MCPApprovalResponse$Outbound>(
  {
    type: ["type", MCPApprovalResponseType$outboundSchema],
    id: ["id", z.string().nullable().optional()],
    approvalRequestId: ["approval_request_id", z.string()],
    approve: ["approve", z.boolean()],
    reason: ["reason", z.string().nullable().optional()],
  },
);

export function mcpApprovalResponseToJSON(value: MCPApprovalResponse): string {
  return stringifyJSON(value, MCPApprovalResponse$outboundSchema, "MCPApprovalResponse");
}

export function mcpApprovalResponseFromJSON(
  jsonString: string,
): SafeParseResult<MCPApprovalResponse, SDKValidationError> {
  return safeParseJSON(jsonString, MCPApprovalResponse$inboundSchema, "MCPApprovalResponse");
}
