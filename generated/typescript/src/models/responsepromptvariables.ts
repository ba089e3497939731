// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  recordSchema,
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  InputFileContent$inboundSchema,
  InputFileContent$outboundSchema,
  type InputFileContent,
  type InputFileContent$Outbound,
} from "./inputfilecontent.js";
import {
  InputImageContent$inboundSchema,
  InputImageContent$outboundSchema,
  type InputImageContent,
  type InputImageContent$Outbound,
} from "./inputimagecontent.js";
import {
  InputTextContent$inboundSchema,
  InputTextContent$outboundSchema,
  type InputTextContent,
  type InputTextContent$Outbound,
} from "./inputtextcontent.js";

export type ResponsePromptVariablesValue =
  | string
  | InputTextContent
  | InputImageContent
  | InputFileContent;

/** ResponsePromptVariablesValue as it is sent on the wire. */
export type ResponsePromptVariablesValue$Outbound =
  | string
  | InputTextContent$Outbound
  | InputImageContent$Outbound
  | InputFileContent$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const ResponsePromptVariablesValue$inboundSchema: z.ZodType<ResponsePromptVariablesValue, unknown> = untaggedUnionInbound(
  "ResponsePromptVariablesValue",
  [
    z.string(),
    InputTextContent$inboundSchema,
    InputImageContent$inboundSchema,
    InputFileContent$inboundSchema,
  ],
  "one of: a string, an InputTextContent object, an InputImageContent object, an InputFileContent object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const ResponsePromptVariablesValue$outboundSchema: z.ZodType<ResponsePromptVariablesValue$Outbound, ResponsePromptVariablesValue> = untaggedUnionOutbound(
  "ResponsePromptVariablesValue",
  [
    z.string(),
    InputTextContent$outboundSchema,
    InputImageContent$outboundSchema,
    InputFileContent$outboundSchema,
  ],
  "one of: a string, an InputTextContent object, an InputImageContent object, an InputFileContent object",
);

export function responsePromptVariablesValueToJSON(value: ResponsePromptVariablesValue): string {
  return stringifyJSON(value, ResponsePromptVariablesValue$outboundSchema, "ResponsePromptVariablesValue");
}

export function responsePromptVariablesValueFromJSON(
  jsonString: string,
): SafeParseResult<ResponsePromptVariablesValue, SDKValidationError> {
  return safeParseJSON(jsonString, ResponsePromptVariablesValue$inboundSchema, "ResponsePromptVariablesValue");
}

export type ResponsePromptVariables = { [k: string]: ResponsePromptVariablesValue } | null;

/** ResponsePromptVariables as it is sent on the wire. */
export type ResponsePromptVariables$Outbound = { [k: string]: ResponsePromptVariablesValue$Outbound } | null;

export const ResponsePromptVariables$inboundSchema: z.ZodType<ResponsePromptVariables, unknown> = recordSchema(ResponsePromptVariablesValue$inboundSchema).nullable();

export const ResponsePromptVariables$outboundSchema: z.ZodType<ResponsePromptVariables$Outbound, ResponsePromptVariables> = recordSchema(ResponsePromptVariablesValue$outboundSchema).nullable();

export function responsePromptVariablesToJSON(value: ResponsePromptVariables): string {
  return stringifyJSON(value, ResponsePromptVariables$outboundSchema, "ResponsePromptVariables");
}

export function responsePromptVariablesFromJSON(
  jsonString: string,
): SafeParseResult<ResponsePromptVariables, SDKValidationError> {
  return safeParseJSON(jsonString, ResponsePromptVariables$inboundSchema, "ResponsePromptVariables");
}
