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

export const TypeResponseIncomplete = {
  ResponseIncomplete: "response.incomplete",
} as const;
export type TypeResponseIncomplete = ClosedEnum<typeof TypeResponseIncomplete>;

export const TypeResponseIncomplete$inboundSchema: z.ZodType<TypeResponseIncomplete, unknown> = enumSchema(TypeResponseIncomplete);

export const TypeResponseIncomplete$outboundSchema: z.ZodType<TypeResponseIncomplete, TypeResponseIncomplete> = enumSchema(TypeResponseIncomplete);

export function typeResponseIncompleteToJSON(value: TypeResponseIncomplete): string {
  return stringifyJSON(value, TypeResponseIncomplete$outboundSchema, "TypeResponseIncomplete");
}

export function typeResponseIncompleteFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseIncomplete, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseIncomplete$inboundSchema, "TypeResponseIncomplete");
}

export type OpenResponsesStreamEventResponseIncomplete = {
  type: TypeResponseIncomplete;
  response: Response;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseIncomplete as it is sent on the wire. */
export type OpenResponsesStreamEventResponseIncomplete$Outbound = {
  type: TypeResponseIncomplete;
  response: Response$Outbound;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseIncomplete$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseIncomplete, unknown> = objectInbound<OpenResponsesStreamEventResponseIncomplete>(
  {
    type: ["type", TypeResponseIncomplete$inboundSchema],
    response: ["response", Response$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseIncomplete$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseIncomplete$Outbound, OpenResponsesStreamEventResponseIncomplete> = objectOutbound<OpenResponsesStreamEventResponseIncomplete, OpenResponsesStreamEventResponseIncomplete$Outbound>(
  {
    type: ["type", TypeResponseIncomplete$outboundSchema],
    response: ["response", Response$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseIncompleteToJSON(value: OpenResponsesStreamEventResponseIncomplete): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseIncomplete$outboundSchema, "OpenResponsesStreamEventResponseIncomplete");
}

export function openResponsesStreamEventResponseIncompleteFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseIncomplete, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseIncomplete$inboundSchema, "OpenResponsesStreamEventResponseIncomplete");
}
