// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  SpecificApplyPatchParam$inboundSchema,
  SpecificApplyPatchParam$outboundSchema,
  type SpecificApplyPatchParam,
  type SpecificApplyPatchParam$Outbound,
} from "./specificapplypatchparam.js";
import {
  SpecificFunctionShellParam$inboundSchema,
  SpecificFunctionShellParam$outboundSchema,
  type SpecificFunctionShellParam,
  type SpecificFunctionShellParam$Outbound,
} from "./specificfunctionshellparam.js";
import {
  SpecificProgrammaticToolCallingParam$inboundSchema,
  SpecificProgrammaticToolCallingParam$outboundSchema,
  type SpecificProgrammaticToolCallingParam,
  type SpecificProgrammaticToolCallingParam$Outbound,
} from "./specificprogrammatictoolcallingparam.js";
import {
  ToolChoiceAllowed$inboundSchema,
  ToolChoiceAllowed$outboundSchema,
  type ToolChoiceAllowed,
  type ToolChoiceAllowed$Outbound,
} from "./toolchoiceallowed.js";
import {
  ToolChoiceCustom$inboundSchema,
  ToolChoiceCustom$outboundSchema,
  type ToolChoiceCustom,
  type ToolChoiceCustom$Outbound,
} from "./toolchoicecustom.js";
import {
  ToolChoiceFunction$inboundSchema,
  ToolChoiceFunction$outboundSchema,
  type ToolChoiceFunction,
  type ToolChoiceFunction$Outbound,
} from "./toolchoicefunction.js";
import {
  ToolChoiceMCP$inboundSchema,
  ToolChoiceMCP$outboundSchema,
  type ToolChoiceMCP,
  type ToolChoiceMCP$Outbound,
} from "./toolchoicemcp.js";
import {
  ToolChoiceOptions$inboundSchema,
  ToolChoiceOptions$outboundSchema,
  type ToolChoiceOptions,
} from "./toolchoiceoptions.js";
import {
  ToolChoiceTypes$inboundSchema,
  ToolChoiceTypes$outboundSchema,
  type ToolChoiceTypes,
  type ToolChoiceTypes$Outbound,
} from "./toolchoicetypes.js";

export type ToolChoiceParam =
  | ToolChoiceOptions
  | ToolChoiceAllowed
  | ToolChoiceTypes
  | ToolChoiceFunction
  | ToolChoiceMCP
  | ToolChoiceCustom
  | SpecificProgrammaticToolCallingParam
  | SpecificApplyPatchParam
  | SpecificFunctionShellParam;

/** ToolChoiceParam as it is sent on the wire. */
export type ToolChoiceParam$Outbound =
  | ToolChoiceOptions
  | ToolChoiceAllowed$Outbound
  | ToolChoiceTypes$Outbound
  | ToolChoiceFunction$Outbound
  | ToolChoiceMCP$Outbound
  | ToolChoiceCustom$Outbound
  | SpecificProgrammaticToolCallingParam$Outbound
  | SpecificApplyPatchParam$Outbound
  | SpecificFunctionShellParam$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const ToolChoiceParam$inboundSchema: z.ZodType<ToolChoiceParam, unknown> = untaggedUnionInbound(
  "ToolChoiceParam",
  [
    ToolChoiceOptions$inboundSchema,
    ToolChoiceAllowed$inboundSchema,
    ToolChoiceTypes$inboundSchema,
    ToolChoiceFunction$inboundSchema,
    ToolChoiceMCP$inboundSchema,
    ToolChoiceCustom$inboundSchema,
    SpecificProgrammaticToolCallingParam$inboundSchema,
    SpecificApplyPatchParam$inboundSchema,
    SpecificFunctionShellParam$inboundSchema,
  ],
  "one of: \"none\" | \"auto\" | \"required\", a ToolChoiceAllowed object, a ToolChoiceTypes object, a ToolChoiceFunction object, a ToolChoiceMCP object, a ToolChoiceCustom object, a SpecificProgrammaticToolCallingParam object, a SpecificApplyPatchParam object, a SpecificFunctionShellParam object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const ToolChoiceParam$outboundSchema: z.ZodType<ToolChoiceParam$Outbound, ToolChoiceParam> = untaggedUnionOutbound(
  "ToolChoiceParam",
  [
    ToolChoiceOptions$outboundSchema,
    ToolChoiceAllowed$outboundSchema,
    ToolChoiceTypes$outboundSchema,
    ToolChoiceFunction$outboundSchema,
    ToolChoiceMCP$outboundSchema,
    ToolChoiceCustom$outboundSchema,
    SpecificProgrammaticToolCallingParam$outboundSchema,
    SpecificApplyPatchParam$outboundSchema,
    SpecificFunctionShellParam$outboundSchema,
  ],
  "one of: \"none\" | \"auto\" | \"required\", a ToolChoiceAllowed object, a ToolChoiceTypes object, a ToolChoiceFunction object, a ToolChoiceMCP object, a ToolChoiceCustom object, a SpecificProgrammaticToolCallingParam object, a SpecificApplyPatchParam object, a SpecificFunctionShellParam object",
);

export function toolChoiceParamToJSON(value: ToolChoiceParam): string {
  return stringifyJSON(value, ToolChoiceParam$outboundSchema, "ToolChoiceParam");
}

export function toolChoiceParamFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceParam, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceParam$inboundSchema, "ToolChoiceParam");
}
