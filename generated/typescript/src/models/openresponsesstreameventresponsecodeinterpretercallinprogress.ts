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

export const TypeResponseCodeInterpreterCallInProgress = {
  ResponseCodeInterpreterCallInProgress: "response.code_interpreter_call.in_progress",
} as const;
export type TypeResponseCodeInterpreterCallInProgress = ClosedEnum<typeof TypeResponseCodeInterpreterCallInProgress>;

export const TypeResponseCodeInterpreterCallInProgress$inboundSchema: z.ZodType<TypeResponseCodeInterpreterCallInProgress, unknown> = enumSchema(TypeResponseCodeInterpreterCallInProgress);

export const TypeResponseCodeInterpreterCallInProgress$outboundSchema: z.ZodType<TypeResponseCodeInterpreterCallInProgress, TypeResponseCodeInterpreterCallInProgress> = enumSchema(TypeResponseCodeInterpreterCallInProgress);

export function typeResponseCodeInterpreterCallInProgressToJSON(value: TypeResponseCodeInterpreterCallInProgress): string {
  return stringifyJSON(value, TypeResponseCodeInterpreterCallInProgress$outboundSchema, "TypeResponseCodeInterpreterCallInProgress");
}

export function typeResponseCodeInterpreterCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCodeInterpreterCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCodeInterpreterCallInProgress$inboundSchema, "TypeResponseCodeInterpreterCallInProgress");
}

export type OpenResponsesStreamEventResponseCodeInterpreterCallInProgress = {
  type: TypeResponseCodeInterpreterCallInProgress;
  outputIndex: number;
  itemId: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCodeInterpreterCallInProgress as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$Outbound = {
  type: TypeResponseCodeInterpreterCallInProgress;
  output_index: number;
  item_id: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress, unknown> = objectInbound<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress>(
  {
    type: ["type", TypeResponseCodeInterpreterCallInProgress$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress> = objectOutbound<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$Outbound>(
  {
    type: ["type", TypeResponseCodeInterpreterCallInProgress$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCodeInterpreterCallInProgressToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallInProgress");
}

export function openResponsesStreamEventResponseCodeInterpreterCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallInProgress");
}
