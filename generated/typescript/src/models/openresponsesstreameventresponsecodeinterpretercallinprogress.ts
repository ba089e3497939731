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

export const OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress, unknown> = objectInbound(
  {
    type: TypeResponseCodeInterpreterCallInProgress$inboundSchema,
    output_index: z.int(),
    item_id: z.string(),
    sequence_number: z.int(),
  },
  (v) => ({
    type: v.type,
    outputIndex: v.output_index,
    itemId: v.item_id,
    sequenceNumber: v.sequence_number,
    ...collectAdditionalProperties(v, ["type", "output_index", "item_id", "sequence_number"]),
  }),
);

export const OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress> = objectOutbound(
  {
    type: TypeResponseCodeInterpreterCallInProgress$outboundSchema,
    outputIndex: z.int(),
    itemId: z.string(),
    sequenceNumber: z.int(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    output_index: v.outputIndex,
    item_id: v.itemId,
    sequence_number: v.sequenceNumber,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "output_index", "item_id", "sequence_number"]),
  }),
);

export function openResponsesStreamEventResponseCodeInterpreterCallInProgressToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallInProgress): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallInProgress");
}

export function openResponsesStreamEventResponseCodeInterpreterCallInProgressFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallInProgress, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallInProgress$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallInProgress");
}
