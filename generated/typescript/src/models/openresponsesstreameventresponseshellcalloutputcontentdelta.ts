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

export const OpenResponsesStreamEventResponseShellCallOutputContentDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallOutputContentDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseShellCallOutputContentDelta>(
  {
    type: ["type", TypeResponseShellCallOutputContentDelta$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    delta: ["delta", ShellCallOutputDelta$inboundSchema],
  },
);

export const OpenResponsesStreamEventResponseShellCallOutputContentDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallOutputContentDelta$Outbound, OpenResponsesStreamEventResponseShellCallOutputContentDelta> = objectOutbound<OpenResponsesStreamEventResponseShellCallOutputContentDelta, OpenResponsesStreamEventResponseShellCallOutputContentDelta$Outbound>(
  {
    type: ["type", TypeResponseShellCallOutputContentDelta$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    delta: ["delta", ShellCallOutputDelta$outboundSchema],
  },
);

export function openResponsesStreamEventResponseShellCallOutputContentDeltaToJSON(value: OpenResponsesStreamEventResponseShellCallOutputContentDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallOutputContentDelta$outboundSchema, "OpenResponsesStreamEventResponseShellCallOutputContentDelta");
}

export function openResponsesStreamEventResponseShellCallOutputContentDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallOutputContentDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallOutputContentDelta$inboundSchema, "OpenResponsesStreamEventResponseShellCallOutputContentDelta");
}
