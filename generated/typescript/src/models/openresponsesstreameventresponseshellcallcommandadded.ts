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

export const TypeResponseShellCallCommandAdded = {
  ResponseShellCallCommandAdded: "response.shell_call_command.added",
} as const;
export type TypeResponseShellCallCommandAdded = ClosedEnum<typeof TypeResponseShellCallCommandAdded>;

export const TypeResponseShellCallCommandAdded$inboundSchema: z.ZodType<TypeResponseShellCallCommandAdded, unknown> = enumSchema(TypeResponseShellCallCommandAdded);

export const TypeResponseShellCallCommandAdded$outboundSchema: z.ZodType<TypeResponseShellCallCommandAdded, TypeResponseShellCallCommandAdded> = enumSchema(TypeResponseShellCallCommandAdded);

export function typeResponseShellCallCommandAddedToJSON(value: TypeResponseShellCallCommandAdded): string {
  return stringifyJSON(value, TypeResponseShellCallCommandAdded$outboundSchema, "TypeResponseShellCallCommandAdded");
}

export function typeResponseShellCallCommandAddedFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseShellCallCommandAdded, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseShellCallCommandAdded$inboundSchema, "TypeResponseShellCallCommandAdded");
}

export type OpenResponsesStreamEventResponseShellCallCommandAdded = {
  type: TypeResponseShellCallCommandAdded;
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

/** OpenResponsesStreamEventResponseShellCallCommandAdded as it is sent on the wire. */
export type OpenResponsesStreamEventResponseShellCallCommandAdded$Outbound = {
  type: TypeResponseShellCallCommandAdded;
  sequence_number: number;
  output_index: number;
  command_index: number;
  command: string;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseShellCallCommandAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandAdded, unknown> = objectInbound(
  {
    type: TypeResponseShellCallCommandAdded$inboundSchema,
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

export const OpenResponsesStreamEventResponseShellCallCommandAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandAdded$Outbound, OpenResponsesStreamEventResponseShellCallCommandAdded> = objectOutbound(
  {
    type: TypeResponseShellCallCommandAdded$outboundSchema,
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

export function openResponsesStreamEventResponseShellCallCommandAddedToJSON(value: OpenResponsesStreamEventResponseShellCallCommandAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallCommandAdded$outboundSchema, "OpenResponsesStreamEventResponseShellCallCommandAdded");
}

export function openResponsesStreamEventResponseShellCallCommandAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallCommandAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallCommandAdded$inboundSchema, "OpenResponsesStreamEventResponseShellCallCommandAdded");
}
