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
  CustomToolParam$inboundSchema,
  CustomToolParam$outboundSchema,
  type CustomToolParam,
  type CustomToolParam$Outbound,
} from "./customtoolparam.js";
import {
  FunctionToolParam$inboundSchema,
  FunctionToolParam$outboundSchema,
  type FunctionToolParam,
  type FunctionToolParam$Outbound,
} from "./functiontoolparam.js";

export const NamespaceToolParamType = {
  Namespace: "namespace",
} as const;
export type NamespaceToolParamType = ClosedEnum<typeof NamespaceToolParamType>;

export const NamespaceToolParamType$inboundSchema: z.ZodType<NamespaceToolParamType, unknown> = enumSchema(NamespaceToolParamType);

export const NamespaceToolParamType$outboundSchema: z.ZodType<NamespaceToolParamType, NamespaceToolParamType> = enumSchema(NamespaceToolParamType);

export function namespaceToolParamTypeToJSON(value: NamespaceToolParamType): string {
  return stringifyJSON(value, NamespaceToolParamType$outboundSchema, "NamespaceToolParamType");
}

export function namespaceToolParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<NamespaceToolParamType, SDKValidationError> {
  return safeParseJSON(jsonString, NamespaceToolParamType$inboundSchema, "NamespaceToolParamType");
}

export type NamespaceToolParamTools =
  | FunctionToolParam
  | CustomToolParam
  | NamespaceToolParamToolsUnknown;

/**
 * The member of NamespaceToolParamTools for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type NamespaceToolParamToolsUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isNamespaceToolParamToolsUnknown(value: NamespaceToolParamTools): value is NamespaceToolParamToolsUnknown {
  return value.type === undefined;
}

/** NamespaceToolParamTools as it is sent on the wire. */
export type NamespaceToolParamTools$Outbound =
  | FunctionToolParam$Outbound
  | CustomToolParam$Outbound
  | { [k: string]: unknown };

export const NamespaceToolParamTools$inboundSchema: z.ZodType<NamespaceToolParamTools, unknown> = discriminatedUnionInbound(
  "type",
  {
    function: FunctionToolParam$inboundSchema,
    custom: CustomToolParam$inboundSchema,
  },
);

export const NamespaceToolParamTools$outboundSchema: z.ZodType<NamespaceToolParamTools$Outbound, NamespaceToolParamTools> = discriminatedUnionOutbound(
  "type",
  {
    function: FunctionToolParam$outboundSchema,
    custom: CustomToolParam$outboundSchema,
  },
);

export function namespaceToolParamToolsToJSON(value: NamespaceToolParamTools): string {
  return stringifyJSON(value, NamespaceToolParamTools$outboundSchema, "NamespaceToolParamTools");
}

export function namespaceToolParamToolsFromJSON(
  jsonString: string,
): SafeParseResult<NamespaceToolParamTools, SDKValidationError> {
  return safeParseJSON(jsonString, NamespaceToolParamTools$inboundSchema, "NamespaceToolParamTools");
}

export type NamespaceToolParam = {
  type: NamespaceToolParamType;
  name: string;
  description: string;
  tools: Array<NamespaceToolParamTools>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** NamespaceToolParam as it is sent on the wire. */
export type NamespaceToolParam$Outbound = {
  type: NamespaceToolParamType;
  name: string;
  description: string;
  tools: Array<NamespaceToolParamTools$Outbound>;
  [k: string]: unknown;
};

export const NamespaceToolParam$inboundSchema: z.ZodType<NamespaceToolParam, unknown> = objectInbound<NamespaceToolParam>(
  {
    type: ["type", NamespaceToolParamType$inboundSchema],
    name: ["name", z.string().min(1)],
    description: ["description", z.string()],
    tools: ["tools", z.array(NamespaceToolParamTools$inboundSchema).min(1)],
  },
);

export const NamespaceToolParam$outboundSchema: z.ZodType<NamespaceToolParam$Outbound, NamespaceToolParam> = objectOutbound<NamespaceToolParam, NamespaceToolParam$Outbound>(
  {
    type: ["type", NamespaceToolParamType$outboundSchema],
    name: ["name", z.string().min(1)],
    description: ["description", z.string()],
    tools: ["tools", z.array(NamespaceToolParamTools$outboundSchema).min(1)],
  },
);

export function namespaceToolParamToJSON(value: NamespaceToolParam): string {
  return stringifyJSON(value, NamespaceToolParam$outboundSchema, "NamespaceToolParam");
}

export function namespaceToolParamFromJSON(
  jsonString: string,
): SafeParseResult<NamespaceToolParam, SDKValidationError> {
  return safeParseJSON(jsonString, NamespaceToolParam$inboundSchema, "NamespaceToolParam");
}
