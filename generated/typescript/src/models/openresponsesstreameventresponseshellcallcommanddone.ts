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

export const TypeResponseShellCallCommandDone = {
  ResponseShellCallCommandDone: "response.shell_call_command.done",
} as const;
export type TypeResponseShellCallCommandDone = ClosedEnum<typeof TypeResponseShellCallCommandDone>;

export const TypeResponseShellCallCommandDone$inboundSchema: z.ZodType<TypeResponseShellCallCommandDone, unknown> = enumSchema(TypeResponseShellCallCommandDone);

export const TypeResponseShellCallCommandDone$outboundSchema: z.ZodType<TypeResponseShellCallCommandDone, TypeResponseShellCallCommandDone> = enumSchema(TypeResponseShellCallCommandDone);

export function typeResponseShellCallCommandDoneToJSON(value: TypeResponseShellCallCommandDone): string {
  return stringifyJSON(value, TypeResponseShellCallCommandDone$outboundSchema, "TypeResponseShellCallCommandDone");
}

export function typeResponseShellCallCommandDoneFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseShellCallCommandDone, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseShellCallCommandDone$inboundSchema, "TypeResponseShellCallCommandDone");
}

export type OpenResponsesStreamEventResponseShellCallCommandDone = {
  type: TypeResponseShellCallCommandDone;
  sequenceNumber: number;
  outputIndex: number;
  commandIndex: number;
  command: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseShellCallCommandDone as it is sent on the wire. */
export type OpenResponsesStreamEventResponseShellCallCommandDone$Outbound = {
  type: TypeResponseShellCallCommandDone;
  sequence_number: number;
  output_index: number;
  command_index: number;
  command: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseShellCallCommandDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDone, unknown> = objectInbound<OpenResponsesStreamEventResponseShellCallCommandDone>(
  {
    type: ["type", TypeResponseShellCallCommandDone$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    command: ["command", z.string()],
  },
);

export const OpenResponsesStreamEventResponseShellCallCommandDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDone$Outbound, OpenResponsesStreamEventResponseShellCallCommandDone> = objectOutbound<OpenResponsesStreamEventResponseShellCallCommandDone, OpenResponsesStreamEventResponseShellCallCommandDone$Outbound>(
  {
    type: ["type", TypeResponseShellCallCommandDone$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    command: ["command", z.string()],
  },
);

export function openResponsesStreamEventResponseShellCallCommandDoneToJSON(value: OpenResponsesStreamEventResponseShellCallCommandDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallCommandDone$outboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDone");
}

export function openResponsesStreamEventResponseShellCallCommandDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallCommandDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallCommandDone$inboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDone");
}
