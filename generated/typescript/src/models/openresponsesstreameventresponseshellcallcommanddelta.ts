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

export const OpenResponsesStreamEventResponseShellCallCommandDelta$inboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDelta, unknown> = objectInbound(
  {
    type: TypeResponseShellCallCommandDelta$inboundSchema,
    sequence_number: z.int(),
    output_index: z.int(),
    command_index: z.int(),
    delta: z.string(),
    obfuscation: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    sequenceNumber: v.sequence_number,
    outputIndex: v.output_index,
    commandIndex: v.command_index,
    delta: v.delta,
    ...(v.obfuscation === undefined ? {} : { obfuscation: v.obfuscation }),
    ...collectAdditionalProperties(v, ["type", "sequence_number", "output_index", "command_index", "delta", "obfuscation"]),
  }),
);

export const OpenResponsesStreamEventResponseShellCallCommandDelta$outboundSchema: z.ZodType<OpenResponsesStreamEventResponseShellCallCommandDelta$Outbound, OpenResponsesStreamEventResponseShellCallCommandDelta> = objectOutbound(
  {
    type: TypeResponseShellCallCommandDelta$outboundSchema,
    sequenceNumber: z.int(),
    outputIndex: z.int(),
    commandIndex: z.int(),
    delta: z.string(),
    obfuscation: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    sequence_number: v.sequenceNumber,
    output_index: v.outputIndex,
    command_index: v.commandIndex,
    delta: v.delta,
    ...(v.obfuscation === undefined ? {} : { obfuscation: v.obfuscation }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "sequence_number", "output_index", "command_index", "delta", "obfuscation"]),
  }),
);

export function openResponsesStreamEventResponseShellCallCommandDeltaToJSON(value: OpenResponsesStreamEventResponseShellCallCommandDelta): string {
  return stringifyJSON(value, OpenResponsesStreamEventResponseShellCallCommandDelta$outboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDelta");
}

export function openResponsesStreamEventResponseShellCallCommandDeltaFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEventResponseShellCallCommandDelta, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEventResponseShellCallCommandDelta$inboundSchema, "OpenResponsesStreamEventResponseShellCallCommandDelta");
}
