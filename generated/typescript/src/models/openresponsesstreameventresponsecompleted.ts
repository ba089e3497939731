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

export const TypeResponseCompleted = {
  ResponseCompleted: "response.completed",
} as const;
export type TypeResponseCompleted = ClosedEnum<typeof TypeResponseCompleted>;

export const TypeResponseCompleted$inboundSchema: z.ZodType<TypeResponseCompleted, unknown> = enumSchema(TypeResponseCompleted);

export const TypeResponseCompleted$outboundSchema: z.ZodType<TypeResponseCompleted, TypeResponseCompleted> = enumSchema(TypeResponseCompleted);

export function typeResponseCompletedToJSON(value: TypeResponseCompleted): string {
  return stringifyJSON(value, TypeResponseCompleted$outboundSchema, "TypeResponseCompleted");
}

export function typeResponseCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCompleted$inboundSchema, "TypeResponseCompleted");
}

export type OpenResponsesStreamEventResponseCompleted = {
  type: TypeResponseCompleted;
  response: Response;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCompleted$Outbound = {
  type: TypeResponseCompleted;
  response: Response$Outbound;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseCompleted>(
  {
    type: ["type", TypeResponseCompleted$inboundSchema],
    response: ["response", Response$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCompleted$Outbound, OpenResponsesStreamEventResponseCompleted> = objectOutbound<OpenResponsesStreamEventResponseCompleted, OpenResponsesStreamEventResponseCompleted$Outbound>(
  {
    type: ["type", TypeResponseCompleted$outboundSchema],
    response: ["response", Response$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCompletedToJSON(value: OpenResponsesStreamEventResponseCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCompleted$outboundSchema, "OpenResponsesStreamEventResponseCompleted");
}

export function openResponsesStreamEventResponseCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCompleted$inboundSchema, "OpenResponsesStreamEventResponseCompleted");
}
