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
  ResponseLogProb$inboundSchema,
  ResponseLogProb$outboundSchema,
  type ResponseLogProb,
  type ResponseLogProb$Outbound,
} from "./responselogprob.js";

export const TypeResponseOutputTextDelta = {
  ResponseOutputTextDelta: "response.output_text.delta",
} as const;
export type TypeResponseOutputTextDelta = ClosedEnum<typeof TypeResponseOutputTextDelta>;

export const TypeResponseOutputTextDelta$inboundSchema: z.ZodType<TypeResponseOutputTextDelta, unknown> = enumSchema(TypeResponseOutputTextDelta);

export const TypeResponseOutputTextDelta$outboundSchema: z.ZodType<TypeResponseOutputTextDelta, TypeResponseOutputTextDelta> = enumSchema(TypeResponseOutputTextDelta);

export function typeResponseOutputTextDeltaToJSON(value: TypeResponseOutputTextDelta): string {
  return stringifyJSON(value, TypeResponseOutputTextDelta$outboundSchema, "TypeResponseOutputTextDelta");
}

export function typeResponseOutputTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseOutputTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseOutputTextDelta$inboundSchema, "TypeResponseOutputTextDelta");
}

export type OpenResponsesStreamEventResponseOutputTextDelta = {
  type: TypeResponseOutputTextDelta;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  delta: string;
  sequenceNumber: number;
  logprobs: Array<ResponseLogProb>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseOutputTextDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseOutputTextDelta$Outbound = {
  type: TypeResponseOutputTextDelta;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
  sequence_number: number;
  logprobs: Array<ResponseLogProb$Outbound>;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseOutputTextDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDelta, unknown> = objectInbound(
  {
    type: TypeResponseOutputTextDelta$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    content_index: z.int(),
    delta: z.string(),
    sequence_number: z.int(),
    logprobs: z.array(ResponseLogProb$inboundSchema),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    contentIndex: v.content_index,
    delta: v.delta,
    sequenceNumber: v.sequence_number,
    logprobs: v.logprobs,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "content_index", "delta", "sequence_number", "logprobs"]),
  }),
);

export const OpenResponsesStreamEventResponseOutputTextDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDelta$Outbound, OpenResponsesStreamEventResponseOutputTextDelta> = objectOutbound(
  {
    type: TypeResponseOutputTextDelta$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    contentIndex: z.int(),
    delta: z.string(),
    sequenceNumber: z.int(),
    logprobs: z.array(ResponseLogProb$outboundSchema),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    content_index: v.contentIndex,
    delta: v.delta,
    sequence_number: v.sequenceNumber,
    logprobs: v.logprobs,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "content_index", "delta", "sequence_number", "logprobs"]),
  }),
);

export function openResponsesStreamEventResponseOutputTextDeltaToJSON(value: OpenResponsesStreamEventResponseOutputTextDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputTextDelta$outboundSchema, "OpenResponsesStreamEventResponseOutputTextDelta");
}

export function openResponsesStreamEventResponseOutputTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputTextDelta$inboundSchema, "OpenResponsesStreamEventResponseOutputTextDelta");
}
