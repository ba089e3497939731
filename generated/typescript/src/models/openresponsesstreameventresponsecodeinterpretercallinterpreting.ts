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

export const TypeResponseCodeInterpreterCallInterpreting = {
  ResponseCodeInterpreterCallInterpreting: "response.code_interpreter_call.interpreting",
} as const;
export type TypeResponseCodeInterpreterCallInterpreting = ClosedEnum<typeof TypeResponseCodeInterpreterCallInterpreting>;

export const TypeResponseCodeInterpreterCallInterpreting$inboundSchema: z.ZodType<TypeResponseCodeInterpreterCallInterpreting, unknown> = enumSchema(TypeResponseCodeInterpreterCallInterpreting);

export const TypeResponseCodeInterpreterCallInterpreting$outboundSchema: z.ZodType<TypeResponseCodeInterpreterCallInterpreting, TypeResponseCodeInterpreterCallInterpreting> = enumSchema(TypeResponseCodeInterpreterCallInterpreting);

export function typeResponseCodeInterpreterCallInterpretingToJSON(value: TypeResponseCodeInterpreterCallInterpreting): string {
  return stringifyJSON(value, TypeResponseCodeInterpreterCallInterpreting$outboundSchema, "TypeResponseCodeInterpreterCallInterpreting");
}

export function typeResponseCodeInterpreterCallInterpretingFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCodeInterpreterCallInterpreting, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCodeInterpreterCallInterpreting$inboundSchema, "TypeResponseCodeInterpreterCallInterpreting");
}

export type OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting = {
  type: TypeResponseCodeInterpreterCallInterpreting;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$Outbound = {
  type: TypeResponseCodeInterpreterCallInterpreting;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting, unknown> = objectInbound<OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting>(
  {
    type: ["type", TypeResponseCodeInterpreterCallInterpreting$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting> = objectOutbound<OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting, OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$Outbound>(
  {
    type: ["type", TypeResponseCodeInterpreterCallInterpreting$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCodeInterpreterCallInterpretingToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting");
}

export function openResponsesStreamEventResponseCodeInterpreterCallInterpretingFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallInterpreting");
}
