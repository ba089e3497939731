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

export const TypeResponseCodeInterpreterCallCompleted = {
  ResponseCodeInterpreterCallCompleted: "response.code_interpreter_call.completed",
} as const;
export type TypeResponseCodeInterpreterCallCompleted = ClosedEnum<typeof TypeResponseCodeInterpreterCallCompleted>;

export const TypeResponseCodeInterpreterCallCompleted$inboundSchema: z.ZodType<TypeResponseCodeInterpreterCallCompleted, unknown> = enumSchema(TypeResponseCodeInterpreterCallCompleted);

export const TypeResponseCodeInterpreterCallCompleted$outboundSchema: z.ZodType<TypeResponseCodeInterpreterCallCompleted, TypeResponseCodeInterpreterCallCompleted> = enumSchema(TypeResponseCodeInterpreterCallCompleted);

export function typeResponseCodeInterpreterCallCompletedToJSON(value: TypeResponseCodeInterpreterCallCompleted): string {
  return stringifyJSON(value, TypeResponseCodeInterpreterCallCompleted$outboundSchema, "TypeResponseCodeInterpreterCallCompleted");
}

export function typeResponseCodeInterpreterCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCodeInterpreterCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCodeInterpreterCallCompleted$inboundSchema, "TypeResponseCodeInterpreterCallCompleted");
}

export type OpenResponsesStreamEventResponseCodeInterpreterCallCompleted = {
  type: TypeResponseCodeInterpreterCallCompleted;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCodeInterpreterCallCompleted as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$Outbound = {
  type: TypeResponseCodeInterpreterCallCompleted;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted, unknown> = objectInbound<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted>(
  {
    type: ["type", TypeResponseCodeInterpreterCallCompleted$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted> = objectOutbound<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$Outbound>(
  {
    type: ["type", TypeResponseCodeInterpreterCallCompleted$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCodeInterpreterCallCompletedToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCompleted");
}

export function openResponsesStreamEventResponseCodeInterpreterCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCompleted");
}
