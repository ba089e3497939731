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

export const ComputerScreenshotImageType = {
  ComputerScreenshot: "computer_screenshot",
} as const;
export type ComputerScreenshotImageType = ClosedEnum<typeof ComputerScreenshotImageType>;

export const ComputerScreenshotImageType$inboundSchema: z.ZodType<ComputerScreenshotImageType, unknown> = enumSchema(ComputerScreenshotImageType);

export const ComputerScreenshotImageType$outboundSchema: z.ZodType<ComputerScreenshotImageType, ComputerScreenshotImageType> = enumSchema(ComputerScreenshotImageType);

export function computerScreenshotImageTypeToJSON(value: ComputerScreenshotImageType): string {
  return stringifyJSON(value, ComputerScreenshotImageType$outboundSchema, "ComputerScreenshotImageType");
}

export function computerScreenshotImageTypeFromJSON(
  jsonString: string,
): SafeParseResult<ComputerScreenshotImageType, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerScreenshotImageType$inboundSchema, "ComputerScreenshotImageType");
}

export type ComputerScreenshotImage = {
  type: ComputerScreenshotImageType;
  imageUrl?: string | undefined;
  fileId?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ComputerScreenshotImage as it is sent on the wire. */
export type ComputerScreenshotImage$Outbound = {
  type: ComputerScreenshotImageType;
  image_url?: string | undefined;
  file_id?: string | undefined;
  [k: string]: unknown;
};

export const ComputerScreenshotImage$inboundSchema: z.ZodType<ComputerScreenshotImage, unknown> = objectInbound<ComputerScreenshotImage>(
  {
    type: ["type", ComputerScreenshotImageType$inboundSchema],
    imageUrl: ["image_url", z.string().optional()],
    fileId: ["file_id", z.string().optional()],
  },
);

export const ComputerScreenshotImage$outboundSchema: z.ZodType<ComputerScreenshotImage$Outbound, ComputerScreenshotImage> = objectOutbound<ComputerScreenshotImage, ComputerScreenshotImage$Outbound>(
  {
    type: ["type", ComputerScreenshotImageType$outboundSchema],
    imageUrl: ["image_url", z.string().optional()],
    fileId: ["file_id", z.string().optional()],
  },
);

export function computerScreenshotImageToJSON(value: ComputerScreenshotImage): string {
  return stringifyJSON(value, ComputerScreenshotImage$outboundSchema, "ComputerScreenshotImage");
}

export function computerScreenshotImageFromJSON(
  jsonString: string,
): SafeParseResult<ComputerScreenshotImage, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerScreenshotImage$inboundSchema, "ComputerScreenshotImage");
}
