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
  FunctionShellCallOutputContent$inboundSchema,
  FunctionShellCallOutputContent$outboundSchema,
  type FunctionShellCallOutputContent,
  type FunctionShellCallOutputContent$Outbound,
} from "./functionshellcalloutputcontent.js";

export const TypeResponseShellCallOutputContentDone = {
  ResponseShellCallOutputContentDone: "response.shell_call_output_content.done",
} as const;
export type TypeResponseShellCallOutputContentDone = ClosedEnum<typeof TypeResponseShellCallOutputContentDone>;

export const TypeResponseShellCallOutputContentDone$inboundSchema: z.ZodType<TypeResponseShellCallOutputContentDone, unknown> = enumSchema(TypeResponseShellCallOutputContentDone);

export const TypeResponseShellCallOutputContentDone$outboundSchema: z.ZodType<TypeResponseShellCallOutputContentDone, TypeResponseShellCallOutputContentDone> = enumSchema(TypeResponseShellCallOutputContentDone);

export function typeResponseShellCallOutputContentDoneToJSON(value: TypeResponseShellCallOutputContentDone): string {
  return stringifyJSON(value, TypeResponseShellCallOutputContentDone$outboundSchema, "TypeResponseShellCallOutputContentDone");
}

export function typeResponseShellCallOutputContentDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseShellCallOutputContentDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseShellCallOutputContentDone$inboundSchema, "TypeResponseShellCallOutputContentDone");
}

export type OpenResponsesStreamEventResponseShellCallOutputContentDone = {
  type: TypeResponseShellCallOutputContentDone;
  sequenceNumber: number;
  itemId: string;
  outputIndex: number;
  commandIndex: number;
  output: Array<FunctionShellCallOutputContent>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseShellCallOutputContentDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseShellCallOutputContentDone$Outbound = {
  type: TypeResponseShellCallOutputContentDone;
  sequence_number: number;
  item_id: string;
  output_index: number;
  command_index: number;
  output: Array<FunctionShellCallOutputContent$Outbound>;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseShellCallOutputContentDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallOutputContentDone, unknown> = objectInbound<OpenResponsesStreamEventResponseShellCallOutputContentDone>(
  {
    type: ["type", TypeResponseShellCallOutputContentDone$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    output: ["output", z.array(FunctionShellCallOutputContent$inboundSchema)],
  },
);

export const OpenResponsesStreamEventResponseShellCallOutputContentDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallOutputContentDone$Outbound, OpenResponsesStreamEventResponseShellCallOutputContentDone> = objectOutbound<OpenResponsesStreamEventResponseShellCallOutputContentDone, OpenResponsesStreamEventResponseShellCallOutputContentDone$Outbound>(
  {
    type: ["type", TypeResponseShellCallOutputContentDone$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    itemId: ["item_id", z.string()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    output: ["output", z.array(FunctionShellCallOutputContent$outboundSchema)],
  },
);

export function openResponsesStreamEventResponseShellCallOutputContentDoneToJSON(value: OpenResponsesStreamEventResponseShellCallOutputContentDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallOutputContentDone$outboundSchema, "OpenResponsesStreamEventResponseShellCallOutputContentDone");
}

export function openResponsesStreamEventResponseShellCallOutputContentDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallOutputContentDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallOutputContentDone$inboundSchema, "OpenResponsesStreamEventResponseShellCallOutputContentDone");
}
