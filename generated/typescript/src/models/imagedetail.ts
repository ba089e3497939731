// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ImageDetail = {
  Low: "low",
  High: "high",
  Auto: "auto",
  Original: "original",
} as const;
export type ImageDetail = ClosedEnum<typeof ImageDetail>;

export const ImageDetail$inboundSchema: z.ZodType<ImageDetail, unknown> = enumSchema(ImageDetail);

export const ImageDetail$outboundSchema: z.ZodType<ImageDetail, ImageDetail> = enumSchema(ImageDetail);

export function imageDetailToJSON(value: ImageDetail): string {
  return stringifyJSON(value, ImageDetail$outboundSchema, "ImageDetail");
}

export function imageDetailFromJSON(
  jsonString: string,
): SafeParseResult<ImageDetail, SDKValidationError> {
  return safeParseJSON(jsonString, ImageDetail$inboundSchema, "ImageDetail");
}
