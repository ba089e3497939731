// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ModerationInputType = {
  Text: "text",
  Image: "image",
} as const;
export type ModerationInputType = ClosedEnum<typeof ModerationInputType>;

export const ModerationInputType$inboundSchema: z.ZodType<ModerationInputType, unknown> = enumSchema(ModerationInputType);

export const ModerationInputType$outboundSchema: z.ZodType<ModerationInputType, ModerationInputType> = enumSchema(ModerationInputType);

export function moderationInputTypeToJSON(value: ModerationInputType): string {
  return stringifyJSON(value, ModerationInputType$outboundSchema, "ModerationInputType");
}

export function moderationInputTypeFromJSON(
  jsonString: string,
): SafeParseResult<ModerationInputType, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationInputType$inboundSchema, "ModerationInputType");
}
