// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

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

export const ComputerCallSafetyCheckParam$inboundSchema: z.ZodType<ComputerCallSafetyCheckParam, unknown> = objectInbound(
  {
    id: z.string(),
    code: z.string().nullable().optional(),
    message: z.string().nullable().optional(),
  },
  (v) => ({
    id: v.id,
    ...(v.code === undefined ? {} : { code: v.code }),
    ...(v.message === undefined ? {} : { message: v.message }),
    ...collectAdditionalProperties(v, ["id", "code", "message"]),
  }),
);

export const ComputerCallSafetyCheckParam$outboundSchema: z.ZodType<ComputerCallSafetyCheckParam$Outbound, ComputerCallSafetyCheckParam> = objectOutbound(
  {
    id: z.string(),
    code: z.string().nullable().optional(),
    message: z.string().nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    id: v.id,
    ...(v.code === undefined ? {} : { code: v.code }),
    ...(v.message === undefined ? {} : { message: v.message }),
    ...emitAdditionalProperties(v.additionalProperties, ["id", "code", "message"]),
  }),
);

export function computerCallSafetyCheckParamToJSON(value: ComputerCallSafetyCheckParam): string {
  return stringifyJSON(value, ComputerCallSafetyCheckParam$outboundSchema, "ComputerCallSafetyCheckParam");
}

export function computerCallSafetyCheckParamFromJSON(
  jsonString: string,
): SafeParseResult<ComputerCallSafetyCheckParam, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerCallSafetyCheckParam$inboundSchema, "ComputerCallSafetyCheckParam");
}
