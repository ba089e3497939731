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

export const CodeInterpreterOutputImageType = {
  Image: "image",
} as const;
export type CodeInterpreterOutputImageType = ClosedEnum<typeof CodeInterpreterOutputImageType>;

export const CodeInterpreterOutputImageType$inboundSchema: z.ZodType<CodeInterpreterOutputImageType, unknown> = enumSchema(CodeInterpreterOutputImageType);

export const CodeInterpreterOutputImageType$outboundSchema: z.ZodType<CodeInterpreterOutputImageType, CodeInterpreterOutputImageType> = enumSchema(CodeInterpreterOutputImageType);

export function codeInterpreterOutputImageTypeToJSON(value: CodeInterpreterOutputImageType): string {
  return stringifyJSON(value, CodeInterpreterOutputImageType$outboundSchema, "CodeInterpreterOutputImageType");
}

export function codeInterpreterOutputImageTypeFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterOutputImageType, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterOutputImageType$inboundSchema, "CodeInterpreterOutputImageType");
}

export type CodeInterpreterOutputImage = {
  type: CodeInterpreterOutputImageType;
  url: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CodeInterpreterOutputImage as it is sent on the wire. */
export type CodeInterpreterOutputImage$Outbound = {
  type: CodeInterpreterOutputImageType;
  url: string;
  [k: string]: unknown;
};

export const CodeInterpreterOutputImage$inboundSchema: z.ZodType<CodeInterpreterOutputImage, unknown> = objectInbound<CodeInterpreterOutputImage>(
  {
    type: ["type", CodeInterpreterOutputImageType$inboundSchema],
    url: ["url", z.string()],
  },
);

export const CodeInterpreterOutputImage$outboundSchema: z.ZodType<CodeInterpreterOutputImage$Outbound, CodeInterpreterOutputImage> = objectOutbound<CodeInterpreterOutputImage, CodeInterpreterOutputImage$Outbound>(
  {
    type: ["type", CodeInterpreterOutputImageType$outboundSchema],
    url: ["url", z.string()],
  },
);

export function codeInterpreterOutputImageToJSON(value: CodeInterpreterOutputImage): string {
  return stringifyJSON(value, CodeInterpreterOutputImage$outboundSchema, "CodeInterpreterOutputImage");
}

export function codeInterpreterOutputImageFromJSON(
  jsonString: string,
): SafeParseResult<CodeInterpreterOutputImage, SDKValidationError> {
  return safeParseJSON(jsonString, CodeInterpreterOutputImage$inboundSchema, "CodeInterpreterOutputImage");
}
