// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ResponseErrorCode = {
  ServerError: "server_error",
  RateLimitExceeded: "rate_limit_exceeded",
  InvalidPrompt: "invalid_prompt",
  DataResidencyMismatch: "data_residency_mismatch",
  BioPolicy: "bio_policy",
  VectorStoreTimeout: "vector_store_timeout",
  InvalidImage: "invalid_image",
  InvalidImageFormat: "invalid_image_format",
  InvalidBase64Image: "invalid_base64_image",
  InvalidImageUrl: "invalid_image_url",
  ImageTooLarge: "image_too_large",
  ImageTooSmall: "image_too_small",
  ImageParseError: "image_parse_error",
  ImageContentPolicyViolation: "image_content_policy_violation",
  InvalidImageMode: "invalid_image_mode",
  ImageFileTooLarge: "image_file_too_large",
  UnsupportedImageMediaType: "unsupported_image_media_type",
  EmptyImageFile: "empty_image_file",
  FailedToDownloadImage: "failed_to_download_image",
  ImageFileNotFound: "image_file_not_found",
} as const;
export type ResponseErrorCode = ClosedEnum<typeof ResponseErrorCode>;

export const ResponseErrorCode$inboundSchema: z.ZodType<ResponseErrorCode, unknown> = enumSchema(ResponseErrorCode);

export const ResponseErrorCode$outboundSchema: z.ZodType<ResponseErrorCode, ResponseErrorCode> = enumSchema(ResponseErrorCode);

export function responseErrorCodeToJSON(value: ResponseErrorCode): string {
  return stringifyJSON(value, ResponseErrorCode$outboundSchema, "ResponseErrorCode");
}

export function responseErrorCodeFromJSON(
  jsonString: string,
): SafeParseResult<ResponseErrorCode, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseErrorCode$inboundSchema, "ResponseErrorCode");
}
