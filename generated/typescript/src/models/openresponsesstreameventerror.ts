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

export const TypeError = {
  Error: "error",
} as const;
export type TypeError = ClosedEnum<typeof TypeError>;

export const TypeError$inboundSchema: z.ZodType<TypeError, unknown> = enumSchema(TypeError);

export const TypeError$outboundSchema: z.ZodType<TypeError, TypeError> = enumSchema(TypeError);

export function typeErrorToJSON(value: TypeError): string {
  return stringifyJSON(value, TypeError$outboundSchema, "TypeError");
}

export function typeErrorFromJSON(
  jsonString: string,
): SafeParseResult<TypeError, SDKValidationError> {
  return safeParseJSON(jsonString, TypeError$inboundSchema, "TypeError");
}

export type OpenResponsesStreamEventError = {
  type: TypeError;
  code: string | null;
  message: string;
  param: string | null;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventError as it is sent on the wire. */
export type OpenResponsesStreamEventError$Outbound = {
  type: TypeError;
  code: string | null;
  message: string;
  param: string | null;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventError$inboundSchema: z.ZodType<OpenResponsesStreamEventError, unknown> = objectInbound<OpenResponsesStreamEventError>(
  {
    type: ["type", TypeError$inboundSchema],
    code: ["code", z.string().nullable()],
    message: ["message", z.string()],
    param: ["param", z.string().nullable()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventError$outboundSchema: z.ZodType<OpenResponsesStreamEventError$Outbound, OpenResponsesStreamEventError> = objectOutbound<OpenResponsesStreamEventError, OpenResponsesStreamEventError$Outbound>(
  {
    type: ["type", TypeError$outboundSchema],
    code: ["code", z.string().nullable()],
    message: ["message", z.string()],
    param: ["param", z.string().nullable()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventErrorToJSON(value: OpenResponsesStreamEventError): string {
  return stringifyJSON(value, OpenResponsesStreamEventError$outboundSchema, "OpenResponsesStreamEventError");
}

export function openResponsesStreamEventErrorFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventError, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventError$inboundSchema, "OpenResponsesStreamEventError");
}
