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

export const TypeResponseOutputTextDone = {
  ResponseOutputTextDone: "response.output_text.done",
} as const;
export type TypeResponseOutputTextDone = ClosedEnum<typeof TypeResponseOutputTextDone>;

export const TypeResponseOutputTextDone$inboundSchema: z.ZodType<TypeResponseOutputTextDone, unknown> = enumSchema(TypeResponseOutputTextDone);

export const TypeResponseOutputTextDone$outboundSchema: z.ZodType<TypeResponseOutputTextDone, TypeResponseOutputTextDone> = enumSchema(TypeResponseOutputTextDone);

export function typeResponseOutputTextDoneToJSON(value: TypeResponseOutputTextDone): string {
  return stringifyJSON(value, TypeResponseOutputTextDone$outboundSchema, "TypeResponseOutputTextDone");
}

export function typeResponseOutputTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseOutputTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseOutputTextDone$inboundSchema, "TypeResponseOutputTextDone");
}

export type OpenResponsesStreamEventResponseOutputTextDone = {
  type: TypeResponseOutputTextDone;
  itemId: string;
  outputIndex: number;
  contentIndex: number;
  text: string;
  sequenceNumber: number;
  logprobs: Array<ResponseLogProb>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseOutputTextDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseOutputTextDone$Outbound = {
  type: TypeResponseOutputTextDone;
  item_id: string;
  output_index: number;
  content_index: number;
  text: string;
  sequence_number: number;
  logprobs: Array<ResponseLogProb$Outbound>;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseOutputTextDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDone, unknown> = objectInbound(
  {
    type: TypeResponseOutputTextDone$inboundSchema,
    item_id: z.string(),
    output_index: z.int(),
    content_index: z.int(),
    text: z.string(),
    sequence_number: z.int(),
    logprobs: z.array(ResponseLogProb$inboundSchema),
  },
  (v) => ({
    type: v.type,
    itemId: v.item_id,
    outputIndex: v.output_index,
    contentIndex: v.content_index,
    text: v.text,
    sequenceNumber: v.sequence_number,
    logprobs: v.logprobs,
    ...collectAdditionalProperties(v, ["type", "item_id", "output_index", "content_index", "text", "sequence_number", "logprobs"]),
  }),
);

export const OpenResponsesStreamEventResponseOutputTextDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDone$Outbound, OpenResponsesStreamEventResponseOutputTextDone> = objectOutbound(
  {
    type: TypeResponseOutputTextDone$outboundSchema,
    itemId: z.string(),
    outputIndex: z.int(),
    contentIndex: z.int(),
    text: z.string(),
    sequenceNumber: z.int(),
    logprobs: z.array(ResponseLogProb$outboundSchema),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    item_id: v.itemId,
    output_index: v.outputIndex,
    content_index: v.contentIndex,
    text: v.text,
    sequence_number: v.sequenceNumber,
    logprobs: v.logprobs,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "item_id", "output_index", "content_index", "text", "sequence_number", "logprobs"]),
  }),
);

export function openResponsesStreamEventResponseOutputTextDoneToJSON(value: OpenResponsesStreamEventResponseOutputTextDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputTextDone$outboundSchema, "OpenResponsesStreamEventResponseOutputTextDone");
}

export function openResponsesStreamEventResponseOutputTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputTextDone$inboundSchema, "OpenResponsesStreamEventResponseOutputTextDone");
}
