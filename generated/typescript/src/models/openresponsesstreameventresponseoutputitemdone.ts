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
  OutputItem$inboundSchema,
  OutputItem$outboundSchema,
  type OutputItem,
  type OutputItem$Outbound,
} from "./outputitem.js";

export const TypeResponseOutputItemDone = {
  ResponseOutputItemDone: "response.output_item.done",
} as const;
export type TypeResponseOutputItemDone = ClosedEnum<typeof TypeResponseOutputItemDone>;

export const TypeResponseOutputItemDone$inboundSchema: z.ZodType<TypeResponseOutputItemDone, unknown> = enumSchema(TypeResponseOutputItemDone);

export const TypeResponseOutputItemDone$outboundSchema: z.ZodType<TypeResponseOutputItemDone, TypeResponseOutputItemDone> = enumSchema(TypeResponseOutputItemDone);

export function typeResponseOutputItemDoneToJSON(value: TypeResponseOutputItemDone): string {
  return stringifyJSON(value, TypeResponseOutputItemDone$outboundSchema, "TypeResponseOutputItemDone");
}

export function typeResponseOutputItemDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseOutputItemDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseOutputItemDone$inboundSchema, "TypeResponseOutputItemDone");
}

export type OpenResponsesStreamEventResponseOutputItemDone = {
  type: TypeResponseOutputItemDone;
  outputIndex: number;
  sequenceNumber: number;
  item: OutputItem;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseOutputItemDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseOutputItemDone$Outbound = {
  type: TypeResponseOutputItemDone;
  output_index: number;
  sequence_number: number;
  item: OutputItem$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseOutputItemDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputItemDone, unknown> = objectInbound<OpenResponsesStreamEventResponseOutputItemDone>(
  {
    type: ["type", TypeResponseOutputItemDone$inboundSchema],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    item: ["item", OutputItem$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseOutputItemDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputItemDone$Outbound, OpenResponsesStreamEventResponseOutputItemDone> = objectOutbound<OpenResponsesStreamEventResponseOutputItemDone, OpenResponsesStreamEventResponseOutputItemDone$Outbound>(
  {
    type: ["type", TypeResponseOutputItemDone$outboundSchema],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    item: ["item", OutputItem$outboundSchema],
  },
);

export function openResponsesStreamEventResponseOutputItemDoneToJSON(value: OpenResponsesStreamEventResponseOutputItemDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputItemDone$outboundSchema, "OpenResponsesStreamEventResponseOutputItemDone");
}

export function openResponsesStreamEventResponseOutputItemDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputItemDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputItemDone$inboundSchema, "OpenResponsesStreamEventResponseOutputItemDone");
}
