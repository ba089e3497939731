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

export const LocalShellToolCallOutputType = {
  LocalShellCallOutput: "local_shell_call_output",
} as const;
export type LocalShellToolCallOutputType = ClosedEnum<typeof LocalShellToolCallOutputType>;

export const LocalShellToolCallOutputType$inboundSchema: z.ZodType<LocalShellToolCallOutputType, unknown> = enumSchema(LocalShellToolCallOutputType);

export const LocalShellToolCallOutputType$outboundSchema: z.ZodType<LocalShellToolCallOutputType, LocalShellToolCallOutputType> = enumSchema(LocalShellToolCallOutputType);

export function localShellToolCallOutputTypeToJSON(value: LocalShellToolCallOutputType): string {
  return stringifyJSON(value, LocalShellToolCallOutputType$outboundSchema, "LocalShellToolCallOutputType");
}

export function localShellToolCallOutputTypeFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolCallOutputType, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolCallOutputType$inboundSchema, "LocalShellToolCallOutputType");
}

export const LocalShellToolCallOutputStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
} as const;
export type LocalShellToolCallOutputStatus = ClosedEnum<typeof LocalShellToolCallOutputStatus>;

export const LocalShellToolCallOutputStatus$inboundSchema: z.ZodType<LocalShellToolCallOutputStatus, unknown> = enumSchema(LocalShellToolCallOutputStatus);

export const LocalShellToolCallOutputStatus$outboundSchema: z.ZodType<LocalShellToolCallOutputStatus, LocalShellToolCallOutputStatus> = enumSchema(LocalShellToolCallOutputStatus);

export function localShellToolCallOutputStatusToJSON(value: LocalShellToolCallOutputStatus): string {
  return stringifyJSON(value, LocalShellToolCallOutputStatus$outboundSchema, "LocalShellToolCallOutputStatus");
}

export function localShellToolCallOutputStatusFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolCallOutputStatus, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolCallOutputStatus$inboundSchema, "LocalShellToolCallOutputStatus");
}

export type LocalShellToolCallOutput = {
  type: LocalShellToolCallOutputType;
  id: string;
  output: string;
  status?: LocalShellToolCallOutputStatus | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalShellToolCallOutput as it is sent on the wire. */
export type LocalShellToolCallOutput$Outbound = {
  type: LocalShellToolCallOutputType;
  id: string;
  output: string;
  status?: LocalShellToolCallOutputStatus | null | undefined;
  [k: string]: unknown;
};

export const LocalShellToolCallOutput$inboundSchema: z.ZodType<LocalShellToolCallOutput, unknown> = objectInbound<LocalShellToolCallOutput>(
  {
    type: ["type", LocalShellToolCallOutputType$inboundSchema],
    id: ["id", z.string()],
    output: ["output", z.string()],
    status: ["status", LocalShellToolCallOutputStatus$inboundSchema.nullable().optional()],
  },
);

export const LocalShellToolCallOutput$outboundSchema: z.ZodType<LocalShellToolCallOutput$Outbound, LocalShellToolCallOutput> = objectOutbound<LocalShellToolCallOutput, LocalShellToolCallOutput$Outbound>(
  {
    type: ["type", LocalShellToolCallOutputType$outboundSchema],
    id: ["id", z.string()],
    output: ["output", z.string()],
    status: ["status", LocalShellToolCallOutputStatus$outboundSchema.nullable().optional()],
  },
);

export function localShellToolCallOutputToJSON(value: LocalShellToolCallOutput): string {
  return stringifyJSON(value, LocalShellToolCallOutput$outboundSchema, "LocalShellToolCallOutput");
}

export function localShellToolCallOutputFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolCallOutput, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolCallOutput$inboundSchema, "LocalShellToolCallOutput");
}
