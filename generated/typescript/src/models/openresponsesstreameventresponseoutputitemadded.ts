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

export const TypeResponseOutputItemAdded = {
  ResponseOutputItemAdded: "response.output_item.added",
} as const;
export type TypeResponseOutputItemAdded = ClosedEnum<typeof TypeResponseOutputItemAdded>;

export const TypeResponseOutputItemAdded$inboundSchema: z.ZodType<TypeResponseOutputItemAdded, unknown> = enumSchema(TypeResponseOutputItemAdded);

export const TypeResponseOutputItemAdded$outboundSchema: z.ZodType<TypeResponseOutputItemAdded, TypeResponseOutputItemAdded> = enumSchema(TypeResponseOutputItemAdded);

export function typeResponseOutputItemAddedToJSON(value: TypeResponseOutputItemAdded): string {
  return stringifyJSON(value, TypeResponseOutputItemAdded$outboundSchema, "TypeResponseOutputItemAdded");
}

export function typeResponseOutputItemAddedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseOutputItemAdded, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseOutputItemAdded$inboundSchema, "TypeResponseOutputItemAdded");
}

export type OpenResponsesStreamEventResponseOutputItemAdded = {
  type: TypeResponseOutputItemAdded;
  outputIndex: number;
  sequenceNumber: number;
  item: OutputItem;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseOutputItemAdded as it is sent on the wire. */
export type OpenResponsesStreamEventResponseOutputItemAdded$Outbound = {
  type: TypeResponseOutputItemAdded;
  output_index: number;
  sequence_number: number;
  item: OutputItem$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseOutputItemAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputItemAdded, unknown> = objectInbound<OpenResponsesStreamEventResponseOutputItemAdded>(
  {
    type: ["type", TypeResponseOutputItemAdded$inboundSchema],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    item: ["item", OutputItem$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseOutputItemAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseOutputItemAdded$Outbound, OpenResponsesStreamEventResponseOutputItemAdded> = objectOutbound<OpenResponsesStreamEventResponseOutputItemAdded, OpenResponsesStreamEventResponseOutputItemAdded$Outbound>(
  {
    type: ["type", TypeResponseOutputItemAdded$outboundSchema],
    outputIndex: ["output_index", z.int()],
    sequenceNumber: ["sequence_number", z.int()],
    item: ["item", OutputItem$outboundSchema],
  },
);

export function openResponsesStreamEventResponseOutputItemAddedToJSON(value: OpenResponsesStreamEventResponseOutputItemAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseOutputItemAdded$outboundSchema, "OpenResponsesStreamEventResponseOutputItemAdded");
}

export function openResponsesStreamEventResponseOutputItemAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseOutputItemAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseOutputItemAdded$inboundSchema, "OpenResponsesStreamEventResponseOutputItemAdded");
}
