// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ComputerCallSafetyCheckParam = {
  id: string;
  code?: string | null | undefined;
  message?: string | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerCallSafetyCheckParam as it is sent on the wire. */
export type ComputerCallSafetyCheckParam$Outbound = {
  id: string;
  code?: string | null | undefined;
  message?: string | null | undefined;
  [k: string]: unknown;
};

export const ComputerCallSafetyCheckParam$inboundSchema: z.ZodType<ComputerCallSafetyCheckParam, unknown> = objectInbound<ComputerCallSafetyCheckParam>(
  {
    id: ["id", z.string()],
    code: ["code", z.string().nullable().optional()],
    message: ["message", z.string().nullable().optional()],
  },
);

export const ComputerCallSafetyCheckParam$outboundSchema: z.ZodType<ComputerCallSafetyCheckParam$Outbound, ComputerCallSafetyCheckParam> = objectOutbound<ComputerCallSafetyCheckParam, ComputerCallSafetyCheckParam$Outbound>(
  {
    id: ["id", z.string()],
    code: ["code", z.string().nullable().optional()],
    message: ["message", z.string().nullable().optional()],
  },
);

export function computerCallSafetyCheckParamToJSON(value: ComputerCallSafetyCheckParam): string {
  return stringifyJSON(value, ComputerCallSafetyCheckParam$outboundSchema, "ComputerCallSafetyCheckParam");
}

export function computerCallSafetyCheckParamFromJSON(
  jsonString: string,
): SafeParseResult<ComputerCallSafetyCheckParam, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerCallSafetyCheckParam$inboundSchema, "ComputerCallSafetyCheckParam");
}
