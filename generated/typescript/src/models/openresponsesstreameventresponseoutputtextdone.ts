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

export const OpenResponsesStreamEventResponseOutputTextDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDone, unknown> = objectInbound<OpenResponsesStreamEventResponseOutputTextDone>(
  {
    type: ["type", TypeResponseOutputTextDone$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    text: ["text", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
    logprobs: ["logprobs", z.array(ResponseLogProb$inboundSchema)],
  },
);

export const OpenResponsesStreamEventResponseOutputTextDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDone$Outbound, OpenResponsesStreamEventResponseOutputTextDone> = objectOutbound<OpenResponsesStreamEventResponseOutputTextDone, OpenResponsesStreamEventResponseOutputTextDone$Outbound>(
  {
    type: ["type", TypeResponseOutputTextDone$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    text: ["text", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
    logprobs: ["logprobs", z.array(ResponseLogProb$outboundSchema)],
  },
);

export function openResponsesStreamEventResponseOutputTextDoneToJSON(value: OpenResponsesStreamEventResponseOutputTextDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputTextDone$outboundSchema, "OpenResponsesStreamEventResponseOutputTextDone");
}

export function openResponsesStreamEventResponseOutputTextDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputTextDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputTextDone$inboundSchema, "OpenResponsesStreamEventResponseOutputTextDone");
}
