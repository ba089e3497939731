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

export const TypeResponseInProgress = {
  ResponseInProgress: "response.in_progress",
} as const;
export type TypeResponseInProgress = ClosedEnum<typeof TypeResponseInProgress>;

export const TypeResponseInProgress$inboundSchema: z.ZodType<TypeResponseInProgress, unknown> = enumSchema(TypeResponseInProgress);

export const TypeResponseInProgress$outboundSchema: z.ZodType<TypeResponseInProgress, TypeResponseInProgress> = enumSchema(TypeResponseInProgress);

export function typeResponseInProgressToJSON(value: TypeResponseInProgress): string {
  return stringifyJSON(value, TypeResponseInProgress$outboundSchema, "TypeResponseInProgress");
}

export function typeResponseInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseInProgress$inboundSchema, "TypeResponseInProgress");
}

export type OpenResponsesStreamEventResponseInProgress = {
  type: TypeResponseInProgress;
  response: Response;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseInProgress$Outbound = {
  type: TypeResponseInProgress;
  response: Response$Outbound;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseInProgress>(
  {
    type: ["type", TypeResponseInProgress$inboundSchema],
    response: ["response", Response$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseInProgress$Outbound, OpenResponsesStreamEventResponseInProgress> = objectOutbound<OpenResponsesStreamEventResponseInProgress, OpenResponsesStreamEventResponseInProgress$Outbound>(
  {
    type: ["type", TypeResponseInProgress$outboundSchema],
    response: ["response", Response$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseInProgressToJSON(value: OpenResponsesStreamEventResponseInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseInProgress$outboundSchema, "OpenResponsesStreamEventResponseInProgress");
}

export function openResponsesStreamEventResponseInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseInProgress$inboundSchema, "OpenResponsesStreamEventResponseInProgress");
}
