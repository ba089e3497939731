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
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";
import {
  MCPToolFilter$inboundSchema,
  MCPToolFilter$outboundSchema,
  type MCPToolFilter,
  type MCPToolFilter$Outbound,
} from "./mcptoolfilter.js";

export const MCPToolType = {
  Mcp: "mcp",
} as const;
export type MCPToolType = ClosedEnum<typeof MCPToolType>;

export const MCPToolType$inboundSchema: z.ZodType<MCPToolType, unknown> = enumSchema(MCPToolType);

export const MCPToolType$outboundSchema: z.ZodType<MCPToolType, MCPToolType> = enumSchema(MCPToolType);

export function mcpToolTypeToJSON(value: MCPToolType): string {
  return stringifyJSON(value, MCPToolType$outboundSchema, "MCPToolType");
}

export function mcpToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolType, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolType$inboundSchema, "MCPToolType");
}

export const MCPToolConnectorId = {
  ConnectorDropbox: "connector_dropbox",
  ConnectorGmail: "connector_gmail",
  ConnectorGooglecalendar: "connector_googlecalendar",
  ConnectorGoogledrive: "connector_googledrive",
  ConnectorMicrosoftteams: "connector_microsoftteams",
  ConnectorOutlookcalendar: "connector_outlookcalendar",
  ConnectorOutlookemail: "connector_outlookemail",
  ConnectorSharepoint: "connector_sharepoint",
} as const;
export type MCPToolConnectorId = ClosedEnum<typeof MCPToolConnectorId>;

export const MCPToolConnectorId$inboundSchema: z.ZodType<MCPToolConnectorId, unknown> = enumSchema(MCPToolConnectorId);

export const MCPToolConnectorId$outboundSchema: z.ZodType<MCPToolConnectorId, MCPToolConnectorId> = enumSchema(MCPToolConnectorId);

export function mcpToolConnectorIdToJSON(value: MCPToolConnectorId): string {
  return stringifyJSON(value, MCPToolConnectorId$outboundSchema, "MCPToolConnectorId");
}

export function mcpToolConnectorIdFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolConnectorId, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolConnectorId$inboundSchema, "MCPToolConnectorId");
}

export type MCPToolAllowedTools =
  | Array<string>
  | MCPToolFilter;

/** MCPToolAllowedTools as it is sent on the wire. */
export type MCPToolAllowedTools$Outbound =
  | Array<string>
  | MCPToolFilter$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const MCPToolAllowedTools$inboundSchema: z.ZodType<MCPToolAllowedTools, unknown> = untaggedUnionInbound(
  "MCPToolAllowedTools",
  [
    z.array(z.string()),
    MCPToolFilter$inboundSchema,
  ],
  "one of: an array of strings, a MCPToolFilter object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const MCPToolAllowedTools$outboundSchema: z.ZodType<MCPToolAllowedTools$Outbound, MCPToolAllowedTools> = untaggedUnionOutbound(
  "MCPToolAllowedTools",
  [
    z.array(z.string()),
    MCPToolFilter$outboundSchema,
  ],
  "one of: an array of strings, a MCPToolFilter object",
);

export function mcpToolAllowedToolsToJSON(value: MCPToolAllowedTools): string {
  return stringifyJSON(value, MCPToolAllowedTools$outboundSchema, "MCPToolAllowedTools");
}

export function mcpToolAllowedToolsFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolAllowedTools, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolAllowedTools$inboundSchema, "MCPToolAllowedTools");
}

export type MCPToolRequireApprovalMCPToolApprovalFilter = {
  always?: MCPToolFilter | undefined;
  never?: MCPToolFilter | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPToolRequireApprovalMCPToolApprovalFilter as it is sent on the wire. */
export type MCPToolRequireApprovalMCPToolApprovalFilter$Outbound = {
  always?: MCPToolFilter$Outbound | undefined;
  never?: MCPToolFilter$Outbound | undefined;
  [k: string]: unknown;
};

export const MCPToolRequireApprovalMCPToolApprovalFilter$inboundSchema: z.ZodType<MCPToolRequireApprovalMCPToolApprovalFilter, unknown> = objectInbound<MCPToolRequireApprovalMCPToolApprovalFilter>(
  {
    always: ["always", MCPToolFilter$inboundSchema.optional()],
    never: ["never", MCPToolFilter$inboundSchema.optional()],
  },
  true,
);

export const MCPToolRequireApprovalMCPToolApprovalFilter$outboundSchema: z.ZodType<MCPToolRequireApprovalMCPToolApprovalFilter$Outbound, MCPToolRequireApprovalMCPToolApprovalFilter> = objectOutbound<MCPToolRequireApprovalMCPToolApprovalFilter, MCPToolRequireApprovalMCPToolApprovalFilter$Outbound>(
  {
    always: ["always", MCPToolFilter$outboundSchema.optional()],
    never: ["never", MCPToolFilter$outboundSchema.optional()],
  },
);

export function mcpToolRequireApprovalMCPToolApprovalFilterToJSON(value: MCPToolRequireApprovalMCPToolApprovalFilter): string {
  return stringifyJSON(value, MCPToolRequireApprovalMCPToolApprovalFilter$outboundSchema, "MCPToolRequireApprovalMCPToolApprovalFilter");
}

export function mcpToolRequireApprovalMCPToolApprovalFilterFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolRequireApprovalMCPToolApprovalFilter, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolRequireApprovalMCPToolApprovalFilter$inboundSchema, "MCPToolRequireApprovalMCPToolApprovalFilter");
}

export const MCPToolRequireApprovalMCPToolApprovalSetting = {
  Always: "always",
  Never: "never",
} as const;
export type MCPToolRequireApprovalMCPToolApprovalSetting = ClosedEnum<typeof MCPToolRequireApprovalMCPToolApprovalSetting>;

export const MCPToolRequireApprovalMCPToolApprovalSetting$inboundSchema: z.ZodType<MCPToolRequireApprovalMCPToolApprovalSetting, unknown> = enumSchema(MCPToolRequireApprovalMCPToolApprovalSetting);

export const MCPToolRequireApprovalMCPToolApprovalSetting$outboundSchema: z.ZodType<MCPToolRequireApprovalMCPToolApprovalSetting, MCPToolRequireApprovalMCPToolApprovalSetting> = enumSchema(MCPToolRequireApprovalMCPToolApprovalSetting);

export function mcpToolRequireApprovalMCPToolApprovalSettingToJSON(value: MCPToolRequireApprovalMCPToolApprovalSetting): string {
  return stringifyJSON(value, MCPToolRequireApprovalMCPToolApprovalSetting$outboundSchema, "MCPToolRequireApprovalMCPToolApprovalSetting");
}

export function mcpToolRequireApprovalMCPToolApprovalSettingFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolRequireApprovalMCPToolApprovalSetting, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolRequireApprovalMCPToolApprovalSetting$inboundSchema, "MCPToolRequireApprovalMCPToolApprovalSetting");
}

export type MCPToolRequireApproval =
  | MCPToolRequireApprovalMCPToolApprovalFilter
  | MCPToolRequireApprovalMCPToolApprovalSetting;

/** MCPToolRequireApproval as it is sent on the wire. */
export type MCPToolRequireApproval$Outbound =
  | MCPToolRequireApprovalMCPToolApprovalFilter$Outbound
  | MCPToolRequireApprovalMCPToolApprovalSetting;

/** Decodes a value as the first of these alternatives that accepts it. */
export const MCPToolRequireApproval$inboundSchema: z.ZodType<MCPToolRequireApproval, unknown> = untaggedUnionInbound(
  "MCPToolRequireApproval",
  [
    MCPToolRequireApprovalMCPToolApprovalFilter$inboundSchema,
    MCPToolRequireApprovalMCPToolApprovalSetting$inboundSchema,
  ],
  "one of: a MCPToolRequireApprovalMCPToolApprovalFilter object, \"always\" | \"never\"",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const MCPToolRequireApproval$outboundSchema: z.ZodType<MCPToolRequireApproval$Outbound, MCPToolRequireApproval> = untaggedUnionOutbound(
  "MCPToolRequireApproval",
  [
    MCPToolRequireApprovalMCPToolApprovalFilter$outboundSchema,
    MCPToolRequireApprovalMCPToolApprovalSetting$outboundSchema,
  ],
  "one of: a MCPToolRequireApprovalMCPToolApprovalFilter object, \"always\" | \"never\"",
);

export function mcpToolRequireApprovalToJSON(value: MCPToolRequireApproval): string {
  return stringifyJSON(value, MCPToolRequireApproval$outboundSchema, "MCPToolRequireApproval");
}

export function mcpToolRequireApprovalFromJSON(
  jsonString: string,
): SafeParseResult<MCPToolRequireApproval, SDKValidationError> {
  return safeParseJSON(jsonString, MCPToolRequireApproval$inboundSchema, "MCPToolRequireApproval");
}

export type MCPTool = {
  type: MCPToolType;
  serverLabel: string;
  serverUrl?: string | undefined;
  connectorId?: MCPToolConnectorId | undefined;
  tunnelId?: string | undefined;
  authorization?: string | undefined;
  serverDescription?: string | undefined;
  headers?: { [k: string]: string } | null | undefined;
  allowedTools?: MCPToolAllowedTools | null | undefined;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  requireApproval?: MCPToolRequireApproval | null | undefined;
  deferLoading?: boolean | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** MCPTool as it is sent on the wire. */
export type MCPTool$Outbound = {
  type: MCPToolType;
  server_label: string;
  server_url?: string | undefined;
  connector_id?: MCPToolConnectorId | undefined;
  tunnel_id?: string | undefined;
  authorization?: string | undefined;
  server_description?: string | undefined;
  headers?: { [k: string]: string } | null | undefined;
  allowed_tools?: MCPToolAllowedTools$Outbound | null | undefined;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  require_approval?: MCPToolRequireApproval$Outbound | null | undefined;
  defer_loading?: boolean | undefined;
  [k: string]: unknown;
};

export const MCPTool$inboundSchema: z.ZodType<MCPTool, unknown> = objectInbound<MCPTool>(
  {
    type: ["type", MCPToolType$inboundSchema],
    serverLabel: ["server_label", z.string()],
    serverUrl: ["server_url", z.string().optional()],
    connectorId: ["connector_id", MCPToolConnectorId$inboundSchema.optional()],
    tunnelId: ["tunnel_id", z.string().regex(new RegExp("^tunnel_[a-z0-9]{32}$", "u")).optional()],
    authorization: ["authorization", z.string().optional()],
    serverDescription: ["server_description", z.string().optional()],
    headers: ["headers", recordSchema(z.string()).nullable().optional()],
    allowedTools: ["allowed_tools", MCPToolAllowedTools$inboundSchema.nullable().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional()],
    requireApproval: ["require_approval", MCPToolRequireApproval$inboundSchema.nullable().optional()],
    deferLoading: ["defer_loading", z.boolean().optional()],
  },
);

export const MCPTool$outboundSchema: z.ZodType<MCPTool$Outbound, MCPTool> = objectOutbound<MCPTool, MCPTool$Outbound>(
  {
    type: ["type", MCPToolType$outboundSchema],
    serverLabel: ["server_label", z.string()],
    serverUrl: ["server_url", z.string().optional()],
    connectorId: ["connector_id", MCPToolConnectorId$outboundSchema.optional()],
    tunnelId: ["tunnel_id", z.string().regex(new RegExp("^tunnel_[a-z0-9]{32}$", "u")).optional()],
    authorization: ["authorization", z.string().optional()],
    serverDescription: ["server_description", z.string().optional()],
    headers: ["headers", recordSchema(z.string()).nullable().optional()],
    allowedTools: ["allowed_tools", MCPToolAllowedTools$outboundSchema.nullable().optional()],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional()],
    requireApproval: ["require_approval", MCPToolRequireApproval$outboundSchema.nullable().optional()],
    deferLoading: ["defer_loading", z.boolean().optional()],
  },
);

export function mcpToolToJSON(value: MCPTool): string {
  return stringifyJSON(value, MCPTool$outboundSchema, "MCPTool");
}

export function mcpToolFromJSON(
  jsonString: string,
): SafeParseResult<MCPTool, SDKValidationError> {
  return safeParseJSON(jsonString, MCPTool$inboundSchema, "MCPTool");
}
