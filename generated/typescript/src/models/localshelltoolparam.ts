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

export const LocalShellToolParamType = {
  LocalShell: "local_shell",
} as const;
export type LocalShellToolParamType = ClosedEnum<typeof LocalShellToolParamType>;

export const LocalShellToolParamType$inboundSchema: z.ZodType<LocalShellToolParamType, unknown> = enumSchema(LocalShellToolParamType);

export const LocalShellToolParamType$outboundSchema: z.ZodType<LocalShellToolParamType, LocalShellToolParamType> = enumSchema(LocalShellToolParamType);

export function localShellToolParamTypeToJSON(value: LocalShellToolParamType): string {
  return stringifyJSON(value, LocalShellToolParamType$outboundSchema, "LocalShellToolParamType");
}

export function localShellToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolParamType$inboundSchema, "LocalShellToolParamType");
}

export type LocalShellToolParam = {
  type: LocalShellToolParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalShellToolParam as it is sent on the wire. */
export type LocalShellToolParam$Outbound = {
  type: LocalShellToolParamType;
  [k: string]: unknown;
};

export const LocalShellToolParam$inboundSchema: z.ZodType<LocalShellToolParam, unknown> = objectInbound<LocalShellToolParam>(
  {
    type: ["type", LocalShellToolParamType$inboundSchema],
  },
);

export const LocalShellToolParam$outboundSchema: z.ZodType<LocalShellToolParam$Outbound, LocalShellToolParam> = objectOutbound<LocalShellToolParam, LocalShellToolParam$Outbound>(
  {
    type: ["type", LocalShellToolParamType$outboundSchema],
  },
);

export function localShellToolParamToJSON(value: LocalShellToolParam): string {
  return stringifyJSON(value, LocalShellToolParam$outboundSchema, "LocalShellToolParam");
}

export function localShellToolParamFromJSON(
  jsonString: string,
): SafeParseResult<LocalShellToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, LocalShellToolParam$inboundSchema, "LocalShellToolParam");
}
