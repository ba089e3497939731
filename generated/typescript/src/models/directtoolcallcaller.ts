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

export const DirectToolCallCallerType = {
  Direct: "direct",
} as const;
export type DirectToolCallCallerType = ClosedEnum<typeof DirectToolCallCallerType>;

export const DirectToolCallCallerType$inboundSchema: z.ZodType<DirectToolCallCallerType, unknown> = enumSchema(DirectToolCallCallerType);

export const DirectToolCallCallerType$outboundSchema: z.ZodType<DirectToolCallCallerType, DirectToolCallCallerType> = enumSchema(DirectToolCallCallerType);

export function directToolCallCallerTypeToJSON(value: DirectToolCallCallerType): string {
  return stringifyJSON(value, DirectToolCallCallerType$outboundSchema, "DirectToolCallCallerType");
}

export function directToolCallCallerTypeFromJSON(
  jsonString: string,
): SafeParseResult<DirectToolCallCallerType, SDKValidationError> {
  return safeParseJSON(jsonString, DirectToolCallCallerType$inboundSchema, "DirectToolCallCallerType");
}

export type DirectToolCallCaller = {
  type: DirectToolCallCallerType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** DirectToolCallCaller as it is sent on the wire. */
export type DirectToolCallCaller$Outbound = {
  type: DirectToolCallCallerType;
  [k: string]: unknown;
};

export const DirectToolCallCaller$inboundSchema: z.ZodType<DirectToolCallCaller, unknown> = objectInbound<DirectToolCallCaller>(
  {
    type: ["type", DirectToolCallCallerType$inboundSchema],
  },
);

export const DirectToolCallCaller$outboundSchema: z.ZodType<DirectToolCallCaller$Outbound, DirectToolCallCaller> = objectOutbound<DirectToolCallCaller, DirectToolCallCaller$Outbound>(
  {
    type: ["type", DirectToolCallCallerType$outboundSchema],
  },
);

export function directToolCallCallerToJSON(value: DirectToolCallCaller): string {
  return stringifyJSON(value, DirectToolCallCaller$outboundSchema, "DirectToolCallCaller");
}

export function directToolCallCallerFromJSON(
  jsonString: string,
): SafeParseResult<DirectToolCallCaller, SDKValidationError> {
  return safeParseJSON(jsonString, DirectToolCallCaller$inboundSchema, "DirectToolCallCaller");
}
