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

export const MCPToolRequireApprovalMCPToolApprovalFilter$inboundSchema: z.ZodType<MCPToolRequireApprovalMCPToolApprovalFilter, unknown> = objectInbound(
  {
    always: MCPToolFilter$inboundSchema.optional(),
    never: MCPToolFilter$inboundSchema.optional(),
  },
  (v) => ({
    ...(v.always === undefined ? {} : { always: v.always }),
    ...(v.never === undefined ? {} : { never: v.never }),
    ...collectAdditionalProperties(v, ["always", "never"]),
  }),
  true,
);

export const MCPToolRequireApprovalMCPToolApprovalFilter$outboundSchema: z.ZodType<MCPToolRequireApprovalMCPToolApprovalFilter$Outbound, MCPToolRequireApprovalMCPToolApprovalFilter> = objectOutbound(
  {
    always: MCPToolFilter$outboundSchema.optional(),
    never: MCPToolFilter$outboundSchema.optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.always === undefined ? {} : { always: v.always }),
    ...(v.never === undefined ? {} : { never: v.never }),
    ...emitAdditionalProperties(v.additionalProperties, ["always", "never"]),
  }),
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

export const MCPTool$inboundSchema: z.ZodType<MCPTool, unknown> = objectInbound(
  {
    type: MCPToolType$inboundSchema,
    server_label: z.string(),
    server_url: z.string().optional(),
    connector_id: MCPToolConnectorId$inboundSchema.optional(),
    tunnel_id: z.string().regex(new RegExp("^tunnel_[a-z0-9]{32}$", "u")).optional(),
    authorization: z.string().optional(),
    server_description: z.string().optional(),
    headers: recordSchema(z.string()).nullable().optional(),
    allowed_tools: MCPToolAllowedTools$inboundSchema.nullable().optional(),
    allowed_callers: z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional(),
    require_approval: MCPToolRequireApproval$inboundSchema.nullable().optional(),
    defer_loading: z.boolean().optional(),
  },
  (v) => ({
    type: v.type,
    serverLabel: v.server_label,
    ...(v.server_url === undefined ? {} : { serverUrl: v.server_url }),
    ...(v.connector_id === undefined ? {} : { connectorId: v.connector_id }),
    ...(v.tunnel_id === undefined ? {} : { tunnelId: v.tunnel_id }),
    ...(v.authorization === undefined ? {} : { authorization: v.authorization }),
    ...(v.server_description === undefined ? {} : { serverDescription: v.server_description }),
    ...(v.headers === undefined ? {} : { headers: v.headers }),
    ...(v.allowed_tools === undefined ? {} : { allowedTools: v.allowed_tools }),
    ...(v.allowed_callers === undefined ? {} : { allowedCallers: v.allowed_callers }),
    ...(v.require_approval === undefined ? {} : { requireApproval: v.require_approval }),
    ...(v.defer_loading === undefined ? {} : { deferLoading: v.defer_loading }),
    ...collectAdditionalProperties(v, ["type", "server_label", "server_url", "connector_id", "tunnel_id", "authorization", "server_description", "headers", "allowed_tools", "allowed_callers", "require_approval", "defer_loading"]),
  }),
);

export const MCPTool$outboundSchema: z.ZodType<MCPTool$Outbound, MCPTool> = objectOutbound(
  {
    type: MCPToolType$outboundSchema,
    serverLabel: z.string(),
    serverUrl: z.string().optional(),
    connectorId: MCPToolConnectorId$outboundSchema.optional(),
    tunnelId: z.string().regex(new RegExp("^tunnel_[a-z0-9]{32}$", "u")).optional(),
    authorization: z.string().optional(),
    serverDescription: z.string().optional(),
    headers: recordSchema(z.string()).nullable().optional(),
    allowedTools: MCPToolAllowedTools$outboundSchema.nullable().optional(),
    allowedCallers: z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional(),
    requireApproval: MCPToolRequireApproval$outboundSchema.nullable().optional(),
    deferLoading: z.boolean().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    server_label: v.serverLabel,
    ...(v.serverUrl === undefined ? {} : { server_url: v.serverUrl }),
    ...(v.connectorId === undefined ? {} : { connector_id: v.connectorId }),
    ...(v.tunnelId === undefined ? {} : { tunnel_id: v.tunnelId }),
    ...(v.authorization === undefined ? {} : { authorization: v.authorization }),
    ...(v.serverDescription === undefined ? {} : { server_description: v.serverDescription }),
    ...(v.headers === undefined ? {} : { headers: v.headers }),
    ...(v.allowedTools === undefined ? {} : { allowed_tools: v.allowedTools }),
    ...(v.allowedCallers === undefined ? {} : { allowed_callers: v.allowedCallers }),
    ...(v.requireApproval === undefined ? {} : { require_approval: v.requireApproval }),
    ...(v.deferLoading === undefined ? {} : { defer_loading: v.deferLoading }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "server_label", "server_url", "connector_id", "tunnel_id", "authorization", "server_description", "headers", "allowed_tools", "allowed_callers", "require_approval", "defer_loading"]),
  }),
);

export function mcpToolToJSON(value: MCPTool): string {
  return stringifyJSON(value, MCPTool$outboundSchema, "MCPTool");
}

export function mcpToolFromJSON(
  jsonString: string,
): SafeParseResult<MCPTool, SDKValidationError> {
  return safeParseJSON(jsonString, MCPTool$inboundSchema, "MCPTool");
}
