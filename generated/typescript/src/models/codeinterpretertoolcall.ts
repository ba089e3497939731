// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  CodeInterpreterOutputImage$inboundSchema,
  CodeInterpreterOutputImage$outboundSchema,
  type CodeInterpreterOutputImage,
  type CodeInterpreterOutputImage$Outbound,
} from "./codeinterpreteroutputimage.js";
import {
  CodeInterpreterOutputLogs$inboundSchema,
  CodeInterpreterOutputLogs$outboundSchema,
  type CodeInterpreterOutputLogs,
  type CodeInterpreterOutputLogs$Outbound,
} from "./codeinterpreteroutputlogs.js";

export const CodeInterpreterToolCallType = {
  CodeInterpreterCall: "code_interpreter_call",
} as const;
export type CodeInterpreterToolCallType = ClosedEnum<typeof CodeInterpreterToolCallType>;

export const CodeInterpreterToolCallType$inboundSchema: z.ZodType<CodeInterpreterToolCallType, unknown> = enumSchema(CodeInterpreterToolCallType);

export const CodeInterpreterToolCallType$outboundSchema: z.ZodType<CodeInterpreterToolCallType, CodeInterpreterToolCallType> = enumSchema(CodeInterpreterToolCallType);

export function codeInterpreterToolCallTypeToJSON(value: CodeInterpreterToolCallType): string {
  return stringifyJSON(value, CodeInterpreterToolCallType$outboundSchema, "CodeInterpreterToolCallType");
}

export function codeInterpreterToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterToolCallType$inboundSchema, "CodeInterpreterToolCallType");
}

export const CodeInterpreterToolCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Incomplete: "incomplete",
  Interpreting: "interpreting",
  Failed: "failed",
} as const;
export type CodeInterpreterToolCallStatus = ClosedEnum<typeof CodeInterpreterToolCallStatus>;

export const CodeInterpreterToolCallStatus$inboundSchema: z.ZodType<CodeInterpreterToolCallStatus, unknown> = enumSchema(CodeInterpreterToolCallStatus);

export const CodeInterpreterToolCallStatus$outboundSchema: z.ZodType<CodeInterpreterToolCallStatus, CodeInterpreterToolCallStatus> = enumSchema(CodeInterpreterToolCallStatus);

export function codeInterpreterToolCallStatusToJSON(value: CodeInterpreterToolCallStatus): string {
  return stringifyJSON(value, CodeInterpreterToolCallStatus$outboundSchema, "CodeInterpreterToolCallStatus");
}

export function codeInterpreterToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterToolCallStatus$inboundSchema, "CodeInterpreterToolCallStatus");
}

export type CodeInterpreterToolCallOutputs =
  | CodeInterpreterOutputLogs
  | CodeInterpreterOutputImage
  | CodeInterpreterToolCallOutputsUnknown;

/**
 * The member of CodeInterpreterToolCallOutputs for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type CodeInterpreterToolCallOutputsUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isCodeInterpreterToolCallOutputsUnknown(value: CodeInterpreterToolCallOutputs): value is CodeInterpreterToolCallOutputsUnknown {
  return value.type === undefined;
}

/** CodeInterpreterToolCallOutputs as it is sent on the wire. */
export type CodeInterpreterToolCallOutputs$Outbound =
  | CodeInterpreterOutputLogs$Outbound
  | CodeInterpreterOutputImage$Outbound
  | { [k: string]: unknown };

export const CodeInterpreterToolCallOutputs$inboundSchema: z.ZodType<CodeInterpreterToolCallOutputs, unknown> = discriminatedUnionInbound(
  "type",
  {
    logs: CodeInterpreterOutputLogs$inboundSchema,
    image: CodeInterpreterOutputImage$inboundSchema,
  },
);

export const CodeInterpreterToolCallOutputs$outboundSchema: z.ZodType<CodeInterpreterToolCallOutputs$Outbound, CodeInterpreterToolCallOutputs> = discriminatedUnionOutbound(
  "type",
  {
    logs: CodeInterpreterOutputLogs$outboundSchema,
    image: CodeInterpreterOutputImage$outboundSchema,
  },
);

export function codeInterpreterToolCallOutputsToJSON(value: CodeInterpreterToolCallOutputs): string {
  return stringifyJSON(value, CodeInterpreterToolCallOutputs$outboundSchema, "CodeInterpreterToolCallOutputs");
}

export function codeInterpreterToolCallOutputsFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterToolCallOutputs, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterToolCallOutputs$inboundSchema, "CodeInterpreterToolCallOutputs");
}

export type CodeInterpreterToolCall = {
  type: CodeInterpreterToolCallType;
  id: string;
  status: CodeInterpreterToolCallStatus;
  containerId: string;
  code: string | null;
  outputs: Array<CodeInterpreterToolCallOutputs> | null;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CodeInterpreterToolCall as it is sent on the wire. */
export type CodeInterpreterToolCall$Outbound = {
  type: CodeInterpreterToolCallType;
  id: string;
  status: CodeInterpreterToolCallStatus;
  container_id: string;
  code: string | null;
  outputs: Array<CodeInterpreterToolCallOutputs$Outbound> | null;
  [k: string]: unknown;
};

export const CodeInterpreterToolCall$inboundSchema: z.ZodType<CodeInterpreterToolCall, unknown> = objectInbound<CodeInterpreterToolCall>(
  {
    type: ["type", CodeInterpreterToolCallType$inboundSchema],
    id: ["id", z.string()],
    status: ["status", CodeInterpreterToolCallStatus$inboundSchema],
    containerId: ["container_id", z.string()],
    code: ["code", z.string().nullable()],
    outputs: ["outputs", z.array(CodeInterpreterToolCallOutputs$inboundSchema).nullable()],
  },
);

export const CodeInterpreterToolCall$outboundSchema: z.ZodType<CodeInterpreterToolCall$Outbound, CodeInterpreterToolCall> = objectOutbound<CodeInterpreterToolCall, CodeInterpreterToolCall$Outbound>(
  {
    type: ["type", CodeInterpreterToolCallType$outboundSchema],
    id: ["id", z.string()],
    status: ["status", CodeInterpreterToolCallStatus$outboundSchema],
    containerId: ["container_id", z.string()],
    code: ["code", z.string().nullable()],
    outputs: ["outputs", z.array(CodeInterpreterToolCallOutputs$outboundSchema).nullable()],
  },
);

export function codeInterpreterToolCallToJSON(value: CodeInterpreterToolCall): string {
  return stringifyJSON(value, CodeInterpreterToolCall$outboundSchema, "CodeInterpreterToolCall");
}

export function codeInterpreterToolCallFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterToolCall$inboundSchema, "CodeInterpreterToolCall");
}
