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

export const SpecificProgrammaticToolCallingParamType = {
  ProgrammaticToolCalling: "programmatic_tool_calling",
} as const;
export type SpecificProgrammaticToolCallingParamType = ClosedEnum<typeof SpecificProgrammaticToolCallingParamType>;

export const SpecificProgrammaticToolCallingParamType$inboundSchema: z.ZodType<SpecificProgrammaticToolCallingParamType, unknown> = enumSchema(SpecificProgrammaticToolCallingParamType);

export const SpecificProgrammaticToolCallingParamType$outboundSchema: z.ZodType<SpecificProgrammaticToolCallingParamType, SpecificProgrammaticToolCallingParamType> = enumSchema(SpecificProgrammaticToolCallingParamType);

export function specificProgrammaticToolCallingParamTypeToJSON(value: SpecificProgrammaticToolCallingParamType): string {
  return stringifyJSON(value, SpecificProgrammaticToolCallingParamType$outboundSchema, "SpecificProgrammaticToolCallingParamType");
}

export function specificProgrammaticToolCallingParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<SpecificProgrammaticToolCallingParamType, SDKValidationError> {
  return safeParseJSON(jsonString, SpecificProgrammaticToolCallingParamType$inboundSchema, "SpecificProgrammaticToolCallingParamType");
}

export type SpecificProgrammaticToolCallingParam = {
  type: SpecificProgrammaticToolCallingParamType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** SpecificProgrammaticToolCallingParam as it is sent on the wire. */
export type SpecificProgrammaticToolCallingParam$Outbound = {
  type: SpecificProgrammaticToolCallingParamType;
  [k: string]: unknown;
};

export const SpecificProgrammaticToolCallingParam$inboundSchema: z.ZodType<SpecificProgrammaticToolCallingParam, unknown> = objectInbound<SpecificProgrammaticToolCallingParam>(
  {
    type: ["type", SpecificProgrammaticToolCallingParamType$inboundSchema],
  },
);

export const SpecificProgrammaticToolCallingParam$outboundSchema: z.ZodType<SpecificProgrammaticToolCallingParam$Outbound, SpecificProgrammaticToolCallingParam> = objectOutbound<SpecificProgrammaticToolCallingParam, SpecificProgrammaticToolCallingParam$Outbound>(
  {
    type: ["type", SpecificProgrammaticToolCallingParamType$outboundSchema],
  },
);

export function specificProgrammaticToolCallingParamToJSON(value: SpecificProgrammaticToolCallingParam): string {
  return stringifyJSON(value, SpecificProgrammaticToolCallingParam$outboundSchema, "SpecificProgrammaticToolCallingParam");
}

export function specificProgrammaticToolCallingParamFromJSON(
  jsonString: string,
): SafeParseResult<SpecificProgrammaticToolCallingParam, SDKValidationError> {
  return safeParseJSON(jsonString, SpecificProgrammaticToolCallingParam$inboundSchema, "SpecificProgrammaticToolCallingParam");
}
