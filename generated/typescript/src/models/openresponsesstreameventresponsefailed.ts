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
import {
  Response$inboundSchema,
  Response$outboundSchema,
  type Response,
  type Response$Outbound,
} from "./response.js";

export const TypeResponseFailed = {
  ResponseFailed: "response.failed",
} as const;
export type TypeResponseFailed = ClosedEnum<typeof TypeResponseFailed>;

export const TypeResponseFailed$inboundSchema: z.ZodType<TypeResponseFailed, unknown> = enumSchema(TypeResponseFailed);

export const TypeResponseFailed$outboundSchema: z.ZodType<TypeResponseFailed, TypeResponseFailed> = enumSchema(TypeResponseFailed);

export function typeResponseFailedToJSON(value: TypeResponseFailed): string {
  return stringifyJSON(value, TypeResponseFailed$outboundSchema, "TypeResponseFailed");
}

export function typeResponseFailedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseFailed, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseFailed$inboundSchema, "TypeResponseFailed");
}

export type OpenResponsesStreamEventResponseFailed = {
  type: TypeResponseFailed;
  sequenceNumber: number;
  response: Response;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseFailed as it is sent on the wire. */
export type OpenResponsesStreamEventResponseFailed$Outbound = {
  type: TypeResponseFailed;
  sequence_number: number;
  response: Response$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseFailed$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseFailed, unknown> = objectInbound<OpenResponsesStreamEventResponseFailed>(
  {
    type: ["type", TypeResponseFailed$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    response: ["response", Response$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseFailed$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseFailed$Outbound, OpenResponsesStreamEventResponseFailed> = objectOutbound<OpenResponsesStreamEventResponseFailed, OpenResponsesStreamEventResponseFailed$Outbound>(
  {
    type: ["type", TypeResponseFailed$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    response: ["response", Response$outboundSchema],
  },
);

export function openResponsesStreamEventResponseFailedToJSON(value: OpenResponsesStreamEventResponseFailed): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseFailed$outboundSchema, "OpenResponsesStreamEventResponseFailed");
}

export function openResponsesStreamEventResponseFailedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseFailed, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseFailed$inboundSchema, "OpenResponsesStreamEventResponseFailed");
}
