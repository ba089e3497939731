// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const OpenResponsesStreamEventResponseCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCompleted, unknown> = objectInbound(
  {
    type: TypeResponseCompleted$inboundSchema,
    response: Response$inboundSchema,
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    response: v.response,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "response", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCompleted$Outbound, OpenResponsesStreamEventResponseCompleted> = objectOutbound(
  {
    type: TypeResponseCompleted$outboundSchema,
    response: Response$outboundSchema,
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    response: v.response,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "response", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseCompletedToJSON(value: OpenResponsesStreamEventResponseCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCompleted$outboundSchema, "OpenResponsesStreamEventResponseCompleted");
}

export function openResponsesStreamEventResponseCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCompleted$inboundSchema, "OpenResponsesStreamEventResponseCompleted");
}
