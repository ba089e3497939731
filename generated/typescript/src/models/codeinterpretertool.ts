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
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  AutoCodeInterpreterToolParam$inboundSchema,
  AutoCodeInterpreterToolParam$outboundSchema,
  type AutoCodeInterpreterToolParam,
  type AutoCodeInterpreterToolParam$Outbound,
} from "./autocodeinterpretertoolparam.js";
import {
  CallableToolAllowedCaller$inboundSchema,
  CallableToolAllowedCaller$outboundSchema,
  type CallableToolAllowedCaller,
} from "./callabletoolallowedcaller.js";

export const CodeInterpreterToolType = {
  CodeInterpreter: "code_interpreter",
} as const;
export type CodeInterpreterToolType = ClosedEnum<typeof CodeInterpreterToolType>;

export const CodeInterpreterToolType$inboundSchema: z.ZodType<CodeInterpreterToolType, unknown> = enumSchema(CodeInterpreterToolType);

export const CodeInterpreterToolType$outboundSchema: z.ZodType<CodeInterpreterToolType, CodeInterpreterToolType> = enumSchema(CodeInterpreterToolType);

export function codeInterpreterToolTypeToJSON(value: CodeInterpreterToolType): string {
  return stringifyJSON(value, CodeInterpreterToolType$outboundSchema, "CodeInterpreterToolType");
}

export function codeInterpreterToolTypeFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterToolType, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterToolType$inboundSchema, "CodeInterpreterToolType");
}

export type CodeInterpreterToolContainer =
  | string
  | AutoCodeInterpreterToolParam;

/** CodeInterpreterToolContainer as it is sent on the wire. */
export type CodeInterpreterToolContainer$Outbound =
  | string
  | AutoCodeInterpreterToolParam$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const CodeInterpreterToolContainer$inboundSchema: z.ZodType<CodeInterpreterToolContainer, unknown> = untaggedUnionInbound(
  "CodeInterpreterToolContainer",
  [
    z.string(),
    AutoCodeInterpreterToolParam$inboundSchema,
  ],
  "one of: a string, an AutoCodeInterpreterToolParam object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const CodeInterpreterToolContainer$outboundSchema: z.ZodType<CodeInterpreterToolContainer$Outbound, CodeInterpreterToolContainer> = untaggedUnionOutbound(
  "CodeInterpreterToolContainer",
  [
    z.string(),
    AutoCodeInterpreterToolParam$outboundSchema,
  ],
  "one of: a string, an AutoCodeInterpreterToolParam object",
);

export function codeInterpreterToolContainerToJSON(value: CodeInterpreterToolContainer): string {
  return stringifyJSON(value, CodeInterpreterToolContainer$outboundSchema, "CodeInterpreterToolContainer");
}

export function codeInterpreterToolContainerFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterToolContainer, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterToolContainer$inboundSchema, "CodeInterpreterToolContainer");
}

export type CodeInterpreterTool = {
  type: CodeInterpreterToolType;
  container: CodeInterpreterToolContainer;
  allowedCallers?: Array<CallableToolAllowedCaller> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CodeInterpreterTool as it is sent on the wire. */
export type CodeInterpreterTool$Outbound = {
  type: CodeInterpreterToolType;
  container: CodeInterpreterToolContainer$Outbound;
  allowed_callers?: Array<CallableToolAllowedCaller> | null | undefined;
  [k: string]: unknown;
};

export const CodeInterpreterTool$inboundSchema: z.ZodType<CodeInterpreterTool, unknown> = objectInbound<CodeInterpreterTool>(
  {
    type: ["type", CodeInterpreterToolType$inboundSchema],
    container: ["container", CodeInterpreterToolContainer$inboundSchema],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$inboundSchema).min(1).nullable().optional()],
  },
);

export const CodeInterpreterTool$outboundSchema: z.ZodType<CodeInterpreterTool$Outbound, CodeInterpreterTool> = objectOutbound<CodeInterpreterTool, CodeInterpreterTool$Outbound>(
  {
    type: ["type", CodeInterpreterToolType$outboundSchema],
    container: ["container", CodeInterpreterToolContainer$outboundSchema],
    allowedCallers: ["allowed_callers", z.array(CallableToolAllowedCaller$outboundSchema).min(1).nullable().optional()],
  },
);

export function codeInterpreterToolToJSON(value: CodeInterpreterTool): string {
  return stringifyJSON(value, CodeInterpreterTool$outboundSchema, "CodeInterpreterTool");
}

export function codeInterpreterToolFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterTool, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterTool$inboundSchema, "CodeInterpreterTool");
}
