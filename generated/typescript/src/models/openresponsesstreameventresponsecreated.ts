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

export const TypeResponseCreated = {
  ResponseCreated: "response.created",
} as const;
export type TypeResponseCreated = ClosedEnum<typeof TypeResponseCreated>;

export const TypeResponseCreated$inboundSchema: z.ZodType<TypeResponseCreated, unknown> = enumSchema(TypeResponseCreated);

export const TypeResponseCreated$outboundSchema: z.ZodType<TypeResponseCreated, TypeResponseCreated> = enumSchema(TypeResponseCreated);

export function typeResponseCreatedToJSON(value: TypeResponseCreated): string {
  return stringifyJSON(value, TypeResponseCreated$outboundSchema, "TypeResponseCreated");
}

export function typeResponseCreatedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCreated, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCreated$inboundSchema, "TypeResponseCreated");
}

export type OpenResponsesStreamEventResponseCreated = {
  type: TypeResponseCreated;
  response: Response;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCreated as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCreated$Outbound = {
  type: TypeResponseCreated;
  response: Response$Outbound;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCreated$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCreated, unknown> = objectInbound(
  {
    type: TypeResponseCreated$inboundSchema,
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

export const OpenResponsesStreamEventResponseCreated$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCreated$Outbound, OpenResponsesStreamEventResponseCreated> = objectOutbound(
  {
    type: TypeResponseCreated$outboundSchema,
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

export function openResponsesStreamEventResponseCreatedToJSON(value: OpenResponsesStreamEventResponseCreated): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCreated$outboundSchema, "OpenResponsesStreamEventResponseCreated");
}

export function openResponsesStreamEventResponseCreatedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCreated, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCreated$inboundSchema, "OpenResponsesStreamEventResponseCreated");
}
