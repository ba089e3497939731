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

export const ToolChoiceTypesType = {
  FileSearch: "file_search",
  WebSearchPreview: "web_search_preview",
  Computer: "computer",
  ComputerUsePreview: "computer_use_preview",
  ComputerUse: "computer_use",
  WebSearchPreview20250311: "web_search_preview_2025_03_11",
  ImageGeneration: "image_generation",
  CodeInterpreter: "code_interpreter",
} as const;
export type ToolChoiceTypesType = ClosedEnum<typeof ToolChoiceTypesType>;

export const ToolChoiceTypesType$inboundSchema: z.ZodType<ToolChoiceTypesType, unknown> = enumSchema(ToolChoiceTypesType);

export const ToolChoiceTypesType$outboundSchema: z.ZodType<ToolChoiceTypesType, ToolChoiceTypesType> = enumSchema(ToolChoiceTypesType);

export function toolChoiceTypesTypeToJSON(value: ToolChoiceTypesType): string {
  return stringifyJSON(value, ToolChoiceTypesType$outboundSchema, "ToolChoiceTypesType");
}

export function toolChoiceTypesTypeFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceTypesType, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceTypesType$inboundSchema, "ToolChoiceTypesType");
}

export type ToolChoiceTypes = {
  type: ToolChoiceTypesType;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ToolChoiceTypes as it is sent on the wire. */
export type ToolChoiceTypes$Outbound = {
  type: ToolChoiceTypesType;
  [k: string]: unknown;
};

export const ToolChoiceTypes$inboundSchema: z.ZodType<ToolChoiceTypes, unknown> = objectInbound<ToolChoiceTypes>(
  {
    type: ["type", ToolChoiceTypesType$inboundSchema],
  },
);

export const ToolChoiceTypes$outboundSchema: z.ZodType<ToolChoiceTypes$Outbound, ToolChoiceTypes> = objectOutbound<ToolChoiceTypes, ToolChoiceTypes$Outbound>(
  {
    type: ["type", ToolChoiceTypesType$outboundSchema],
  },
);

export function toolChoiceTypesToJSON(value: ToolChoiceTypes): string {
  return stringifyJSON(value, ToolChoiceTypes$outboundSchema, "ToolChoiceTypes");
}

export function toolChoiceTypesFromJSON(
  jsonString: string,
): SafeParseResult<ToolChoiceTypes, SDKValidationError> {
  return safeParseJSON(jsonString, ToolChoiceTypes$inboundSchema, "ToolChoiceTypes");
}
