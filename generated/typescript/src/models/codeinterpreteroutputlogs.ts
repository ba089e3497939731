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

export const CodeInterpreterOutputLogsType = {
  Logs: "logs",
} as const;
export type CodeInterpreterOutputLogsType = ClosedEnum<typeof CodeInterpreterOutputLogsType>;

export const CodeInterpreterOutputLogsType$inboundSchema: z.ZodType<CodeInterpreterOutputLogsType, unknown> = enumSchema(CodeInterpreterOutputLogsType);

export const CodeInterpreterOutputLogsType$outboundSchema: z.ZodType<CodeInterpreterOutputLogsType, CodeInterpreterOutputLogsType> = enumSchema(CodeInterpreterOutputLogsType);

export function codeInterpreterOutputLogsTypeToJSON(value: CodeInterpreterOutputLogsType): string {
  return stringifyJSON(value, CodeInterpreterOutputLogsType$outboundSchema, "CodeInterpreterOutputLogsType");
}

export function codeInterpreterOutputLogsTypeFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterOutputLogsType, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterOutputLogsType$inboundSchema, "CodeInterpreterOutputLogsType");
}

export type CodeInterpreterOutputLogs = {
  type: CodeInterpreterOutputLogsType;
  logs: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CodeInterpreterOutputLogs as it is sent on the wire. */
export type CodeInterpreterOutputLogs$Outbound = {
  type: CodeInterpreterOutputLogsType;
  logs: string;
  [k: string]: unknown;
};

export const CodeInterpreterOutputLogs$inboundSchema: z.ZodType<CodeInterpreterOutputLogs, unknown> = objectInbound<CodeInterpreterOutputLogs>(
  {
    type: ["type", CodeInterpreterOutputLogsType$inboundSchema],
    logs: ["logs", z.string()],
  },
);

export const CodeInterpreterOutputLogs$outboundSchema: z.ZodType<CodeInterpreterOutputLogs$Outbound, CodeInterpreterOutputLogs> = objectOutbound<CodeInterpreterOutputLogs, CodeInterpreterOutputLogs$Outbound>(
  {
    type: ["type", CodeInterpreterOutputLogsType$outboundSchema],
    logs: ["logs", z.string()],
  },
);

export function codeInterpreterOutputLogsToJSON(value: CodeInterpreterOutputLogs): string {
  return stringifyJSON(value, CodeInterpreterOutputLogs$outboundSchema, "CodeInterpreterOutputLogs");
}

export function codeInterpreterOutputLogsFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterOutputLogs, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterOutputLogs$inboundSchema, "CodeInterpreterOutputLogs");
}
