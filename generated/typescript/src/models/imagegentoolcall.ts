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

export const ImageGenToolCallType = {
  ImageGenerationCall: "image_generation_call",
} as const;
export type ImageGenToolCallType = ClosedEnum<typeof ImageGenToolCallType>;

export const ImageGenToolCallType$inboundSchema: z.ZodType<ImageGenToolCallType, unknown> = enumSchema(ImageGenToolCallType);

export const ImageGenToolCallType$outboundSchema: z.ZodType<ImageGenToolCallType, ImageGenToolCallType> = enumSchema(ImageGenToolCallType);

export function imageGenToolCallTypeToJSON(value: ImageGenToolCallType): string {
  return stringifyJSON(value, ImageGenToolCallType$outboundSchema, "ImageGenToolCallType");
}

export function imageGenToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolCallType$inboundSchema, "ImageGenToolCallType");
}

export const ImageGenToolCallStatus = {
  InProgress: "in_progress",
  Completed: "completed",
  Generating: "generating",
  Failed: "failed",
} as const;
export type ImageGenToolCallStatus = ClosedEnum<typeof ImageGenToolCallStatus>;

export const ImageGenToolCallStatus$inboundSchema: z.ZodType<ImageGenToolCallStatus, unknown> = enumSchema(ImageGenToolCallStatus);

export const ImageGenToolCallStatus$outboundSchema: z.ZodType<ImageGenToolCallStatus, ImageGenToolCallStatus> = enumSchema(ImageGenToolCallStatus);

export function imageGenToolCallStatusToJSON(value: ImageGenToolCallStatus): string {
  return stringifyJSON(value, ImageGenToolCallStatus$outboundSchema, "ImageGenToolCallStatus");
}

export function imageGenToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolCallStatus$inboundSchema, "ImageGenToolCallStatus");
}

export type ImageGenToolCall = {
  type: ImageGenToolCallType;
  id: string;
  status: ImageGenToolCallStatus;
  result: string | null;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ImageGenToolCall as it is sent on the wire. */
export type ImageGenToolCall$Outbound = {
  type: ImageGenToolCallType;
  id: string;
  status: ImageGenToolCallStatus;
  result: string | null;
  [k: string]: unknown;
};

export const ImageGenToolCall$inboundSchema: z.ZodType<ImageGenToolCall, unknown> = objectInbound<ImageGenToolCall>(
  {
    type: ["type", ImageGenToolCallType$inboundSchema],
    id: ["id", z.string()],
    status: ["status", ImageGenToolCallStatus$inboundSchema],
    result: ["result", z.string().nullable()],
  },
);

export const ImageGenToolCall$outboundSchema: z.ZodType<ImageGenToolCall$Outbound, ImageGenToolCall> = objectOutbound<ImageGenToolCall, ImageGenToolCall$Outbound>(
  {
    type: ["type", ImageGenToolCallType$outboundSchema],
    id: ["id", z.string()],
    status: ["status", ImageGenToolCallStatus$outboundSchema],
    result: ["result", z.string().nullable()],
  },
);

export function imageGenToolCallToJSON(value: ImageGenToolCall): string {
  return stringifyJSON(value, ImageGenToolCall$outboundSchema, "ImageGenToolCall");
}

export function imageGenToolCallFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenToolCall$inboundSchema, "ImageGenToolCall");
}
