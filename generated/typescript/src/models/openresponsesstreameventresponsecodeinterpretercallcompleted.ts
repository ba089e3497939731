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

export const OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted, unknown> = objectInbound(
  {
    type: TypeResponseCodeInterpreterCallCompleted$inboundSchema,
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

export const OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$Outbound, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted> = objectOutbound(
  {
    type: TypeResponseCodeInterpreterCallCompleted$outboundSchema,
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

export function openResponsesStreamEventResponseCodeInterpreterCallCompletedToJSON(value: OpenResponsesStreamEventResponseCodeInterpreterCallCompleted): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$outboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCompleted");
}

export function openResponsesStreamEventResponseCodeInterpreterCallCompletedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseCodeInterpreterCallCompleted, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseCodeInterpreterCallCompleted$inboundSchema, "OpenResponsesStreamEventResponseCodeInterpreterCallCompleted");
}
