// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ImageGenActionEnum = {
  Generate: "generate",
  Edit: "edit",
  Auto: "auto",
} as const;
export type ImageGenActionEnum = ClosedEnum<typeof ImageGenActionEnum>;

export const ImageGenActionEnum$inboundSchema: z.ZodType<ImageGenActionEnum, unknown> = enumSchema(ImageGenActionEnum);

export const ImageGenActionEnum$outboundSchema: z.ZodType<ImageGenActionEnum, ImageGenActionEnum> = enumSchema(ImageGenActionEnum);

export function imageGenActionEnumToJSON(value: ImageGenActionEnum): string {
  return stringifyJSON(value, ImageGenActionEnum$outboundSchema, "ImageGenActionEnum");
}

export function imageGenActionEnumFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenActionEnum, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenActionEnum$inboundSchema, "ImageGenActionEnum");
}
