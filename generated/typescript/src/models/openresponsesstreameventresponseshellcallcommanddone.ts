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

export const OpenResponsesStreamEventResponseShellCallCommandDone$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDone, unknown> = objectInbound(
  {
    type: TypeResponseShellCallCommandDone$inboundSchema,
    sequence_number: z.int(),
    output_index: z.int(),
    command_index: z.int(),
    command: z.string(),
  },
  (v) => ({
    type: v.type,
    sequenceNumber: v.sequence_number,
    outputIndex: v.output_index,
    commandIndex: v.command_index,
    command: v.command,
    ...collectAdditionalProperties(v, ["type", "sequence_number", "output_index", "command_index", "command"]),
  }),
);

export const OpenResponsesStreamEventResponseShellCallCommandDone$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDone$Outbound, OpenResponsesStreamEventResponseShellCallCommandDone> = objectOutbound(
  {
    type: TypeResponseShellCallCommandDone$outboundSchema,
    sequenceNumber: z.int(),
    outputIndex: z.int(),
    commandIndex: z.int(),
    command: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    sequence_number: v.sequenceNumber,
    output_index: v.outputIndex,
    command_index: v.commandIndex,
    command: v.command,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "sequence_number", "output_index", "command_index", "command"]),
  }),
);

export function openResponsesStreamEventResponseShellCallCommandDoneToJSON(value: OpenResponsesStreamEventResponseShellCallCommandDone): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallCommandDone$outboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDone");
}

export function openResponsesStreamEventResponseShellCallCommandDoneFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallCommandDone, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallCommandDone$inboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDone");
}
