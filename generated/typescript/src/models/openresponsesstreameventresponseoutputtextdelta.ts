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

export const OpenResponsesStreamEventResponseOutputTextDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseOutputTextDelta>(
  {
    type: ["type", TypeResponseOutputTextDelta$inboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
    logprobs: ["logprobs", z.array(ResponseLogProb$inboundSchema)],
  },
);

export const OpenResponsesStreamEventResponseOutputTextDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputTextDelta$Outbound, OpenResponsesStreamEventResponseOutputTextDelta> = objectOutbound<OpenResponsesStreamEventResponseOutputTextDelta, OpenResponsesStreamEventResponseOutputTextDelta$Outbound>(
  {
    type: ["type", TypeResponseOutputTextDelta$outboundSchema],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    contentIndex: ["content_index", z.int()],
    delta: ["delta", z.string()],
    sequenceNumber: ["sequence_number", z.int()],
    logprobs: ["logprobs", z.array(ResponseLogProb$outboundSchema)],
  },
);

export function openResponsesStreamEventResponseOutputTextDeltaToJSON(value: OpenResponsesStreamEventResponseOutputTextDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputTextDelta$outboundSchema, "OpenResponsesStreamEventResponseOutputTextDelta");
}

export function openResponsesStreamEventResponseOutputTextDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputTextDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputTextDelta$inboundSchema, "OpenResponsesStreamEventResponseOutputTextDelta");
}
