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

export const OpenResponsesStreamEventResponseShellCallCommandAdded$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandAdded, unknown> = objectInbound<OpenResponsesStreamEventResponseShellCallCommandAdded>(
  {
    type: ["type", TypeResponseShellCallCommandAdded$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    command: ["command", z.string()],
  },
);

export const OpenResponsesStreamEventResponseShellCallCommandAdded$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandAdded$Outbound, OpenResponsesStreamEventResponseShellCallCommandAdded> = objectOutbound<OpenResponsesStreamEventResponseShellCallCommandAdded, OpenResponsesStreamEventResponseShellCallCommandAdded$Outbound>(
  {
    type: ["type", TypeResponseShellCallCommandAdded$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    command: ["command", z.string()],
  },
);

export function openResponsesStreamEventResponseShellCallCommandAddedToJSON(value: OpenResponsesStreamEventResponseShellCallCommandAdded): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallCommandAdded$outboundSchema, "OpenResponsesStreamEventResponseShellCallCommandAdded");
}

export function openResponsesStreamEventResponseShellCallCommandAddedFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallCommandAdded, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallCommandAdded$inboundSchema, "OpenResponsesStreamEventResponseShellCallCommandAdded");
}
