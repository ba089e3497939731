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

export const TypeResponseShellCallCommandDelta = {
  ResponseShellCallCommandDelta: "response.shell_call_command.delta",
} as const;
export type TypeResponseShellCallCommandDelta = ClosedEnum<typeof TypeResponseShellCallCommandDelta>;

export const TypeResponseShellCallCommandDelta$inboundSchema: z.ZodType<TypeResponseShellCallCommandDelta, unknown> = enumSchema(TypeResponseShellCallCommandDelta);

export const TypeResponseShellCallCommandDelta$outboundSchema: z.ZodType<TypeResponseShellCallCommandDelta, TypeResponseShellCallCommandDelta> = enumSchema(TypeResponseShellCallCommandDelta);

export function typeResponseShellCallCommandDeltaToJSON(value: TypeResponseShellCallCommandDelta): string {
  return stringifyJSON(value, TypeResponseShellCallCommandDelta$outboundSchema, "TypeResponseShellCallCommandDelta");
}

export function typeResponseShellCallCommandDeltaFromJSON(
  jsonString: string,
): SafeParseResult<TypeResponseShellCallCommandDelta, SDKValidationError> {
  return safeParseJSON(jsonString, TypeResponseShellCallCommandDelta$inboundSchema, "TypeResponseShellCallCommandDelta");
}

export type OpenResponsesStreamEventResponseShellCallCommandDelta = {
  type: TypeResponseShellCallCommandDelta;
  sequenceNumber: number;
  outputIndex: number;
  commandIndex: number;
  delta: string;
  obfuscation?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OpenResponsesStreamEventResponseShellCallCommandDelta as it is sent on the wire. */
export type OpenResponsesStreamEventResponseShellCallCommandDelta$Outbound = {
  type: TypeResponseShellCallCommandDelta;
  sequence_number: number;
  output_index: number;
  command_index: number;
  delta: string;
  obfuscation?: string | undefined;
  [k: string]: unknown;
};

export const OpenResponsesStreamEventResponseShellCallCommandDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDelta, unknown> = objectInbound<OpenResponsesStreamEventResponseShellCallCommandDelta>(
  {
    type: ["type", TypeResponseShellCallCommandDelta$inboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    delta: ["delta", z.string()],
    obfuscation: ["obfuscation", z.string().optional()],
  },
);

export const OpenResponsesStreamEventResponseShellCallCommandDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDelta$Outbound, OpenResponsesStreamEventResponseShellCallCommandDelta> = objectOutbound<OpenResponsesStreamEventResponseShellCallCommandDelta, OpenResponsesStreamEventResponseShellCallCommandDelta$Outbound>(
  {
    type: ["type", TypeResponseShellCallCommandDelta$outboundSchema],
    sequenceNumber: ["sequence_number", z.int()],
    outputIndex: ["output_index", z.int()],
    commandIndex: ["command_index", z.int()],
    delta: ["delta", z.string()],
    obfuscation: ["obfuscation", z.string().optional()],
  },
);

export function openResponsesStreamEventResponseShellCallCommandDeltaToJSON(value: OpenResponsesStreamEventResponseShellCallCommandDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallCommandDelta$outboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDelta");
}

export function openResponsesStreamEventResponseShellCallCommandDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallCommandDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallCommandDelta$inboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDelta");
}
