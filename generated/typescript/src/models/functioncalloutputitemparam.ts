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
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  FunctionCallItemStatus$inboundSchema,
  FunctionCallItemStatus$outboundSchema,
  type FunctionCallItemStatus,
} from "./functioncallitemstatus.js";
import {
  InputFileContentParam$inboundSchema,
  InputFileContentParam$outboundSchema,
  type InputFileContentParam,
  type InputFileContentParam$Outbound,
} from "./inputfilecontentparam.js";
import {
  InputImageContentParamAutoParam$inboundSchema,
  InputImageContentParamAutoParam$outboundSchema,
  type InputImageContentParamAutoParam,
  type InputImageContentParamAutoParam$Outbound,
} from "./inputimagecontentparamautoparam.js";
import {
  InputTextContentParam$inboundSchema,
  InputTextContentParam$outboundSchema,
  type InputTextContentParam,
  type InputTextContentParam$Outbound,
} from "./inputtextcontentparam.js";
import {
  ToolCallCallerParam$inboundSchema,
  ToolCallCallerParam$outboundSchema,
  type ToolCallCallerParam,
  type ToolCallCallerParam$Outbound,
} from "./toolcallcallerparam.js";

export const FunctionCallOutputItemParamType = {
  FunctionCallOutput: "function_call_output",
} as const;
export type FunctionCallOutputItemParamType = ClosedEnum<typeof FunctionCallOutputItemParamType>;

export const FunctionCallOutputItemParamType$inboundSchema: z.ZodType<FunctionCallOutputItemParamType, unknown> = enumSchema(FunctionCallOutputItemParamType);

export const FunctionCallOutputItemParamType$outboundSchema: z.ZodType<FunctionCallOutputItemParamType, FunctionCallOutputItemParamType> = enumSchema(FunctionCallOutputItemParamType);

export function functionCallOutputItemParamTypeToJSON(value: FunctionCallOutputItemParamType): string {
  return stringifyJSON(value, FunctionCallOutputItemParamType$outboundSchema, "FunctionCallOutputItemParamType");
}

export function functionCallOutputItemParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallOutputItemParamType, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallOutputItemParamType$inboundSchema, "FunctionCallOutputItemParamType");
}

export type FunctionCallOutputItemParamOutputVariant2 =
  | InputTextContentParam
  | InputImageContentParamAutoParam
  | InputFileContentParam
  | FunctionCallOutputItemParamOutputVariant2Unknown;

/**
 * The member of FunctionCallOutputItemParamOutputVariant2 for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type FunctionCallOutputItemParamOutputVariant2Unknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isFunctionCallOutputItemParamOutputVariant2Unknown(value: FunctionCallOutputItemParamOutputVariant2): value is FunctionCallOutputItemParamOutputVariant2Unknown {
  return value.type === undefined;
}

/** FunctionCallOutputItemParamOutputVariant2 as it is sent on the wire. */
export type FunctionCallOutputItemParamOutputVariant2$Outbound =
  | InputTextContentParam$Outbound
  | InputImageContentParamAutoParam$Outbound
  | InputFileContentParam$Outbound
  | { [k: string]: unknown };

export const FunctionCallOutputItemParamOutputVariant2$inboundSchema: z.ZodType<FunctionCallOutputItemParamOutputVariant2, unknown> = discriminatedUnionInbound(
  "type",
  {
    input_text: InputTextContentParam$inboundSchema,
    input_image: InputImageContentParamAutoParam$inboundSchema,
    input_file: InputFileContentParam$inboundSchema,
  },
);

export const FunctionCallOutputItemParamOutputVariant2$outboundSchema: z.ZodType<FunctionCallOutputItemParamOutputVariant2$Outbound, FunctionCallOutputItemParamOutputVariant2> = discriminatedUnionOutbound(
  "type",
  {
    input_text: InputTextContentParam$outboundSchema,
    input_image: InputImageContentParamAutoParam$outboundSchema,
    input_file: InputFileContentParam$outboundSchema,
  },
);

export function functionCallOutputItemParamOutputVariant2ToJSON(value: FunctionCallOutputItemParamOutputVariant2): string {
  return stringifyJSON(value, FunctionCallOutputItemParamOutputVariant2$outboundSchema, "FunctionCallOutputItemParamOutputVariant2");
}

export function functionCallOutputItemParamOutputVariant2FromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallOutputItemParamOutputVariant2, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallOutputItemParamOutputVariant2$inboundSchema, "FunctionCallOutputItemParamOutputVariant2");
}

export type FunctionCallOutputItemParamOutput =
  | string
  | Array<FunctionCallOutputItemParamOutputVariant2>;

/** FunctionCallOutputItemParamOutput as it is sent on the wire. */
export type FunctionCallOutputItemParamOutput$Outbound =
  | string
  | Array<FunctionCallOutputItemParamOutputVariant2$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const FunctionCallOutputItemParamOutput$inboundSchema: z.ZodType<FunctionCallOutputItemParamOutput, unknown> = untaggedUnionInbound(
  "FunctionCallOutputItemParamOutput",
  [
    z.string(),
    z.array(FunctionCallOutputItemParamOutputVariant2$inboundSchema),
  ],
  "one of: a string, an array of FunctionCallOutputItemParamOutputVariant2 objects",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const FunctionCallOutputItemParamOutput$outboundSchema: z.ZodType<FunctionCallOutputItemParamOutput$Outbound, FunctionCallOutputItemParamOutput> = untaggedUnionOutbound(
  "FunctionCallOutputItemParamOutput",
  [
    z.string(),
    z.array(FunctionCallOutputItemParamOutputVariant2$outboundSchema),
  ],
  "one of: a string, an array of FunctionCallOutputItemParamOutputVariant2 objects",
);

export function functionCallOutputItemParamOutputToJSON(value: FunctionCallOutputItemParamOutput): string {
  return stringifyJSON(value, FunctionCallOutputItemParamOutput$outboundSchema, "FunctionCallOutputItemParamOutput");
}

export function functionCallOutputItemParamOutputFromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallOutputItemParamOutput, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallOutputItemParamOutput$inboundSchema, "FunctionCallOutputItemParamOutput");
}

export type FunctionCallOutputItemParam = {
  id?: string | null | undefined;
  callId?: string | null | undefined;
  type: FunctionCallOutputItemParamType;
  output: FunctionCallOutputItemParamOutput;
  name?: string | null | undefined;
  namespace?: string | null | undefined;
  caller?: ToolCallCallerParam | null | undefined;
  status?: FunctionCallItemStatus | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FunctionCallOutputItemParam as it is sent on the wire. */
export type FunctionCallOutputItemParam$Outbound = {
  id?: string | null | undefined;
  call_id?: string | null | undefined;
  type: FunctionCallOutputItemParamType;
  output: FunctionCallOutputItemParamOutput$Outbound;
  name?: string | null | undefined;
  namespace?: string | null | undefined;
  caller?: ToolCallCallerParam$Outbound | null | undefined;
  status?: FunctionCallItemStatus | null | undefined;
  [k: string]: unknown;
};

export const FunctionCallOutputItemParam$inboundSchema: z.ZodType<FunctionCallOutputItemParam, unknown> = objectInbound<FunctionCallOutputItemParam>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64).nullable().optional()],
    type: ["type", FunctionCallOutputItemParamType$inboundSchema],
    output: ["output", FunctionCallOutputItemParamOutput$inboundSchema],
    name: ["name", z.string().min(1).max(128).nullable().optional()],
    namespace: ["namespace", z.string().min(1).max(64).regex(new RegExp("^[a-zA-Z0-9_-]+$", "u")).nullable().optional()],
    caller: ["caller", ToolCallCallerParam$inboundSchema.nullable().optional()],
    status: ["status", FunctionCallItemStatus$inboundSchema.nullable().optional()],
  },
);

export const FunctionCallOutputItemParam$outboundSchema: z.ZodType<FunctionCallOutputItemParam$Outbound, FunctionCallOutputItemParam> = objectOutbound<FunctionCallOutputItemParam, FunctionCallOutputItemParam$Outbound>(
  {
    id: ["id", z.string().nullable().optional()],
    callId: ["call_id", z.string().min(1).max(64).nullable().optional()],
    type: ["type", FunctionCallOutputItemParamType$outboundSchema],
    output: ["output", FunctionCallOutputItemParamOutput$outboundSchema],
    name: ["name", z.string().min(1).max(128).nullable().optional()],
    namespace: ["namespace", z.string().min(1).max(64).regex(new RegExp("^[a-zA-Z0-9_-]+$", "u")).nullable().optional()],
    caller: ["caller", ToolCallCallerParam$outboundSchema.nullable().optional()],
    status: ["status", FunctionCallItemStatus$outboundSchema.nullable().optional()],
  },
);

export function functionCallOutputItemParamToJSON(value: FunctionCallOutputItemParam): string {
  return stringifyJSON(value, FunctionCallOutputItemParam$outboundSchema, "FunctionCallOutputItemParam");
}

export function functionCallOutputItemParamFromJSON(
  jsonString: string,
): SafeParseResult<FunctionCallOutputItemParam, SDKValidationError> {
  return safeParseJSON(jsonString, FunctionCallOutputItemParam$inboundSchema, "FunctionCallOutputItemParam");
}
