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

export const ProgrammaticToolCallingParamType = {
  ProgrammaticToolCalling: "programmatic_tool_calling",
} as const;
export type ProgrammaticToolCallingParamType = ClosedEnum<typeof ProgrammaticToolCallingParamType>;

export const ProgrammaticToolCallingParamType$inboundSchema: z.ZodType<ProgrammaticToolCallingParamType, unknown> = enumSchema(ProgrammaticToolCallingParamType);

export const ProgrammaticToolCallingParamType$outboundSchema: z.ZodType<ProgrammaticToolCallingParamType, ProgrammaticToolCallingParamType> = enumSchema(ProgrammaticToolCallingParamType);

export function programmaticToolCallingParamTypeToJSON(value: ProgrammaticToolCallingParamType): string {
  return stringifyJSON(value, ProgrammaticToolCallingParamType$outboundSchema, "ProgrammaticToolCallingParamType");
}

export function programmaticToolCallingParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ProgrammaticToolCallingParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ProgrammaticToolCallingParamType$inboundSchema, "ProgrammaticToolCallingParamType");
}

export type ProgrammaticToolCallingParam = {
  type: ProgrammaticToolCallingParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ProgrammaticToolCallingParam as it is sent on the wire. */
export type ProgrammaticToolCallingParam$Outbound = {
  type: ProgrammaticToolCallingParamType;
  [k: string]: unknown;
};

export const ProgrammaticToolCallingParam$inboundSchema: z.ZodType<ProgrammaticToolCallingParam, unknown> = objectInbound<ProgrammaticToolCallingParam>(
  {
    type: ["type", ProgrammaticToolCallingParamType$inboundSchema],
  },
);

export const ProgrammaticToolCallingParam$outboundSchema: z.ZodType<ProgrammaticToolCallingParam$Outbound, ProgrammaticToolCallingParam> = objectOutbound<ProgrammaticToolCallingParam, ProgrammaticToolCallingParam$Outbound>(
  {
    type: ["type", ProgrammaticToolCallingParamType$outboundSchema],
  },
);

export function programmaticToolCallingParamToJSON(value: ProgrammaticToolCallingParam): string {
  return stringifyJSON(value, ProgrammaticToolCallingParam$outboundSchema, "ProgrammaticToolCallingParam");
}

export function programmaticToolCallingParamFromJSON(
  jsonString: string,
): SafeParseResult<ProgrammaticToolCallingParam, SDKValidationError> {
  return safeParseJSON(jsonString, ProgrammaticToolCallingParam$inboundSchema, "ProgrammaticToolCallingParam");
}
