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

export const TypeResponseCodeInterpreterCallCodeDone = {
  ResponseCodeInterpreterCallCodeDone: "response.code_interpreter_call_code.done",
} as const;
export type TypeResponseCodeInterpreterCallCodeDone = ClosedEnum<typeof TypeResponseCodeInterpreterCallCodeDone>;

export const TypeResponseCodeInterpreterCallCodeDone$inboundSchema: z.ZodType<TypeResponseCodeInterpreterCallCodeDone, unknown> = enumSchema(TypeResponseCodeInterpreterCallCodeDone);

export const TypeResponseCodeInterpreterCallCodeDone$outboundSchema: z.ZodType<TypeResponseCodeInterpreterCallCodeDone, TypeResponseCodeInterpreterCallCodeDone> = enumSchema(TypeResponseCodeInterpreterCallCodeDone);

export function typeResponseCodeInterpreterCallCodeDoneToJSON(value: TypeResponseCodeInterpreterCallCodeDone): string {
  return stringifyJSON(value, TypeResponseCodeInterpreterCallCodeDone$outboundSchema, "TypeResponseCodeInterpreterCallCodeDone");
}

export function typeResponseCodeInterpreterCallCodeDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseCodeInterpreterCallCodeDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseCodeInterpreterCallCodeDone$inboundSchema, "TypeResponseCodeInterpreterCallCodeDone");
}

export type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone = {
  type: TypeResponseCodeInterpreterCallCodeDone;
  outputIndex: number;
  itemId: string;
  code: string;
  sequenceNumber: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$Outbound = {
  type: TypeResponseCodeInterpreterCallCodeDone;
  output_index: number;
  item_id: string;
  code: string;
  sequence_number: number;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone, unknown> = objectInbound<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone>(
  {
    type: ["type", TypeResponseCodeInterpreterCallCodeDone$inboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    code: ["code", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone> = objectOutbound<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$Outbound>(
  {
    type: ["type", TypeResponseCodeInterpreterCallCodeDone$outboundSchema],
    outputIndex: ["output_index", z.int()],
    itemId: ["item_id", z.string()],
    code: ["code", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
  },
);

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDoneToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone");
}

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone");
}
