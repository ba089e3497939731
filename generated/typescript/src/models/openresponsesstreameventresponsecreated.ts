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

export const OpenResponsesStreamEventResponseCreated$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCreated, unknown> = objectInbound<OpenResponsesStreamEventResponseCreated>(
  {
    type: ["type", TypeResponseCreated$inboundSchema],
    response: ["response", Response$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCreated$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCreated$Outbound, OpenResponsesStreamEventResponseCreated> = objectOutbound<OpenResponsesStreamEventResponseCreated, OpenResponsesStreamEventResponseCreated$Outbound>(
  {
    type: ["type", TypeResponseCreated$outboundSchema],
    response: ["response", Response$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCreatedToJSON(value: OpenResponsesStreamEventResponseCreated): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCreated$outboundSchema, "OpenResponsesStreamEventResponseCreated");
}

export function openResponsesStreamEventResponseCreatedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCreated, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCreated$inboundSchema, "OpenResponsesStreamEventResponseCreated");
}
