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
} from "../lib/schemas.js";

export const LocalShellExecActionType = {
  Exec: "exec",
} as const;
export type LocalShellExecActionType = ClosedEnum<typeof LocalShellExecActionType>;

export const LocalShellExecActionType$inboundSchema: z.ZodType<LocalShellExecActionType, unknown> = enumSchema(LocalShellExecActionType);

export const LocalShellExecActionType$outboundSchema: z.ZodType<LocalShellExecActionType, LocalShellExecActionType> = enumSchema(LocalShellExecActionType);

export function localShellExecActionTypeToJSON(value: LocalShellExecActionType): string {
  return stringifyJSON(value, LocalShellExecActionType$outboundSchema, "LocalShellExecActionType");
}

export function localShellExecActionTypeFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellExecActionType, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellExecActionType$inboundSchema, "LocalShellExecActionType");
}

export type LocalShellExecAction = {
  type: LocalShellExecActionType;
  command: Array<string>;
  timeoutMs?: number | null | undefined;
  workingDirectory?: string | null | undefined;
  env: { [k: string]: string };
  user?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalShellExecAction as it is sent on the wire. */
export type LocalShellExecAction$Outbound = {
  type: LocalShellExecActionType;
  command: Array<string>;
  timeout_ms?: number | null | undefined;
  working_directory?: string | null | undefined;
  env: { [k: string]: string };
  user?: string | null | undefined;
  [k: string]: unknown;
};

export const LocalShellExecAction$inboundSchema: z.ZodType<LocalShellExecAction, unknown> = objectInbound<LocalShellExecAction>(
  {
    type: ["type", LocalShellExecActionType$inboundSchema],
    command: ["command", z.array(z.string())],
    timeoutMs: ["timeout_ms", z.int().nullable().optional()],
    workingDirectory: ["working_directory", z.string().nullable().optional()],
    env: ["env", recordSchema(z.string())],
    user: ["user", z.string().nullable().optional()],
  },
);

export const LocalShellExecAction$outboundSchema: z.ZodType<LocalShellExecAction$Outbound, LocalShellExecAction> = objectOutbound<LocalShellExecAction, LocalShellExecAction$Outbound>(
  {
    type: ["type", LocalShellExecActionType$outboundSchema],
    command: ["command", z.array(z.string())],
    timeoutMs: ["timeout_ms", z.int().nullable().optional()],
    workingDirectory: ["working_directory", z.string().nullable().optional()],
    env: ["env", recordSchema(z.string())],
    user: ["user", z.string().nullable().optional()],
  },
);

export function localShellExecActionToJSON(value: LocalShellExecAction): string {
  return stringifyJSON(value, LocalShellExecAction$outboundSchema, "LocalShellExecAction");
}

export function localShellExecActionFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellExecAction, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellExecAction$inboundSchema, "LocalShellExecAction");
}
