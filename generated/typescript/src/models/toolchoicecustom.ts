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

export const ToolChoiceCustomType = {
  Custom: "custom",
} as const;
export type ToolChoiceCustomType = ClosedEnum<typeof ToolChoiceCustomType>;

export const ToolChoiceCustomType$inboundSchema: z.ZodType<ToolChoiceCustomType, unknown> = enumSchema(ToolChoiceCustomType);

export const ToolChoiceCustomType$outboundSchema: z.ZodType<ToolChoiceCustomType, ToolChoiceCustomType> = enumSchema(ToolChoiceCustomType);

export function toolChoiceCustomTypeToJSON(value: ToolChoiceCustomType): string {
  return stringifyJSON(value, ToolChoiceCustomType$outboundSchema, "ToolChoiceCustomType");
}

export function toolChoiceCustomTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceCustomType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceCustomType$inboundSchema, "ToolChoiceCustomType");
}

export type ToolChoiceCustom = {
  type: ToolChoiceCustomType;
  name: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolChoiceCustom as it is sent on the wire. */
export type ToolChoiceCustom$Outbound = {
  type: ToolChoiceCustomType;
  name: string;
  [k: string]: unknown;
};

export const ToolChoiceCustom$inboundSchema: z.ZodType<ToolChoiceCustom, unknown> = objectInbound<ToolChoiceCustom>(
  {
    type: ["type", ToolChoiceCustomType$inboundSchema],
    name: ["name", z.string()],
  },
);

export const ToolChoiceCustom$outboundSchema: z.ZodType<ToolChoiceCustom$Outbound, ToolChoiceCustom> = objectOutbound<ToolChoiceCustom, ToolChoiceCustom$Outbound>(
  {
    type: ["type", ToolChoiceCustomType$outboundSchema],
    name: ["name", z.string()],
  },
);

export function toolChoiceCustomToJSON(value: ToolChoiceCustom): string {
  return stringifyJSON(value, ToolChoiceCustom$outboundSchema, "ToolChoiceCustom");
}

export function toolChoiceCustomFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceCustom, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceCustom$inboundSchema, "ToolChoiceCustom");
}
