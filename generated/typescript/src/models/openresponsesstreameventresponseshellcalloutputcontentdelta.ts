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
  ShellCallOutputDelta$inboundSchema,
  ShellCallOutputDelta$outboundSchema,
  type ShellCallOutputDelta,
  type ShellCallOutputDelta$Outbound,
} from "./shellcalloutputdelta.js";

export const TypeResponseShellCallOutputContentDelta = {
  ResponseShellCallOutputContentDelta: "response.shell_call_output_content.delta",
} as const;
export type TypeResponseShellCallOutputContentDelta = ClosedEnum<typeof TypeResponseShellCallOutputContentDelta>;

export const TypeResponseShellCallOutputContentDelta$inboundSchema: z.ZodType<TypeResponseShellCallOutputContentDelta, unknown> = enumSchema(TypeResponseShellCallOutputContentDelta);

export const TypeResponseShellCallOutputContentDelta$outboundSchema: z.ZodType<TypeResponseShellCallOutputContentDelta, TypeResponseShellCallOutputContentDelta> = enumSchema(TypeResponseShellCallOutputContentDelta);

export function typeResponseShellCallOutputContentDeltaToJSON(value: TypeResponseShellCallOutputContentDelta): string {
  return stringifyJSON(value, TypeResponseShellCallOutputContentDelta$outboundSchema, "TypeResponseShellCallOutputContentDelta");
}

export function typeResponseShellCallOutputContentDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseShellCallOutputContentDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseShellCallOutputContentDelta$inboundSchema, "TypeResponseShellCallOutputContentDelta");
}

export type OpenResponsesStreamEventResponseShellCallOutputContentDelta = {
  type: TypeResponseShellCallOutputContentDelta;
  sequenceNumber: number;
  itemId: string;
  outputIndex: number;
  commandIndex: number;
  delta: ShellCallOutputDelta;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseShellCallOutputContentDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseShellCallOutputContentDelta$Outbound = {
  type: TypeResponseShellCallOutputContentDelta;
  sequence_number: number;
  item_id: string;
  output_index: number;
  command_index: number;
  delta: ShellCallOutputDelta$Outbound;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseShellCallOutputContentDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallOutputContentDelta, unknown> = objectInbound(
  {
    type: TypeResponseShellCallOutputContentDelta$inboundSchema,
    sequence_number: z.int(),
    item_id: z.string(),
    output_index: z.int(),
    command_index: z.int(),
    delta: ShellCallOutputDelta$inboundSchema,
  },
  (v) => ({
    type: v.type,
    sequenceNumber: v.sequence_number,
    itemId: v.item_id,
    outputIndex: v.output_index,
    commandIndex: v.command_index,
    delta: v.delta,
    ...collectAdditionalProperties(v, ["type", "sequence_number", "item_id", "output_index", "command_index", "delta"]),
  }),
);

export const OpenResponsesStreamEventResponseShellCallOutputContentDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallOutputContentDelta$Outbound, OpenResponsesStreamEventResponseShellCallOutputContentDelta> = objectOutbound(
  {
    type: TypeResponseShellCallOutputContentDelta$outboundSchema,
    sequenceNumber: z.int(),
    itemId: z.string(),
    outputIndex: z.int(),
    commandIndex: z.int(),
    delta: ShellCallOutputDelta$outboundSchema,
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    sequence_number: v.sequenceNumber,
    item_id: v.itemId,
    output_index: v.outputIndex,
    command_index: v.commandIndex,
    delta: v.delta,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "sequence_number", "item_id", "output_index", "command_index", "delta"]),
  }),
);

export function openResponsesStreamEventResponseShellCallOutputContentDeltaToJSON(value: OpenResponsesStreamEventResponseShellCallOutputContentDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallOutputContentDelta$outboundSchema, "OpenResponsesStreamEventResponseShellCallOutputContentDelta");
}

export function openResponsesStreamEventResponseShellCallOutputContentDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallOutputContentDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallOutputContentDelta$inboundSchema, "OpenResponsesStreamEventResponseShellCallOutputContentDelta");
}
