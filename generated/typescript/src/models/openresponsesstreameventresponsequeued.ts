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

export const TypeResponseQueued = {
  ResponseQueued: "response.queued",
} as const;
export type TypeResponseQueued = ClosedEnum<typeof TypeResponseQueued>;

export const TypeResponseQueued$inboundSchema: z.ZodType<TypeResponseQueued, unknown> = enumSchema(TypeResponseQueued);

export const TypeResponseQueued$outboundSchema: z.ZodType<TypeResponseQueued, TypeResponseQueued> = enumSchema(TypeResponseQueued);

export function typeResponseQueuedToJSON(value: TypeResponseQueued): string {
  return stringifyJSON(value, TypeResponseQueued$outboundSchema, "TypeResponseQueued");
}

export function typeResponseQueuedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseQueued, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseQueued$inboundSchema, "TypeResponseQueued");
}

export type OpenResponsesStreamEventResponseQueued = {
  type: TypeResponseQueued;
  response: Response;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseQueued as it is sent on the wire. */
export type OpenResponsesStreamEventResponseQueued$Outbound = {
  type: TypeResponseQueued;
  response: Response$Outbound;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseQueued$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseQueued, unknown> = objectInbound<OpenResponsesStreamEventResponseQueued>(
  {
    type: ["type", TypeResponseQueued$inboundSchema],
    response: ["response", Response$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseQueued$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseQueued$Outbound, OpenResponsesStreamEventResponseQueued> = objectOutbound<OpenResponsesStreamEventResponseQueued, OpenResponsesStreamEventResponseQueued$Outbound>(
  {
    type: ["type", TypeResponseQueued$outboundSchema],
    response: ["response", Response$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseQueuedToJSON(value: OpenResponsesStreamEventResponseQueued): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseQueued$outboundSchema, "OpenResponsesStreamEventResponseQueued");
}

export function openResponsesStreamEventResponseQueuedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseQueued, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseQueued$inboundSchema, "OpenResponsesStreamEventResponseQueued");
}
