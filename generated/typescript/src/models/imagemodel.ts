// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

/**
 * Image models the Images API documents; the API may accept others.
 */
export const ImageModel = {
  DallE2: "dall-e-2",
  DallE3: "dall-e-3",
  GptImage1: "gpt-image-1",
} as const;
/**
 * Image models the Images API documents; the API may accept others.
 */
export type ImageModel = ClosedEnum<typeof ImageModel>;

export const ImageModel$inboundSchema: z.ZodType<ImageModel, unknown> = enumSchema(ImageModel);

export const ImageModel$outboundSchema: z.ZodType<ImageModel, ImageModel> = enumSchema(ImageModel);

export function imageModelToJSON(value: ImageModel): string {
  return stringifyJSON(value, ImageModel$outboundSchema, "ImageModel");
}

export function imageModelFromJSON(
  jsonString: string,
): SafeParseResult<ImageModel, SDKValidationError> {
  return safeParseJSON(jsonString, ImageModel$inboundSchema, "ImageModel");
}
