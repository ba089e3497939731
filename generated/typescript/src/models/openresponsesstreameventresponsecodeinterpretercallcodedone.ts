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

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone, unknown> = objectInbound(
  {
    type: TypeResponseCodeInterpreterCallCodeDone$inboundSchema,
    output_index: z.int(),
    item_id: z.string(),
    code: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    outputIndex: v.output_index,
    itemId: v.item_id,
    code: v.code,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "output_index", "item_id", "code", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone> = objectOutbound(
  {
    type: TypeResponseCodeInterpreterCallCodeDone$outboundSchema,
    outputIndex: z.int(),
    itemId: z.string(),
    code: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    output_index: v.outputIndex,
    item_id: v.itemId,
    code: v.code,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "output_index", "item_id", "code", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDoneToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone");
}

export function openResponsesStreamEventResponseCodeInterpreterCallCodeDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCodeDone");
}
