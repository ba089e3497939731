// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const ComputerScreenshotImage$inboundSchema: z.ZodType<ComputerScreenshotImage, unknown> = objectInbound(
  {
    type: ComputerScreenshotImageType$inboundSchema,
    image_url: z.string().optional(),
    file_id: z.string().optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.image_url === undefined ? {} : { imageUrl: v.image_url }),
    ...(v.file_id === undefined ? {} : { fileId: v.file_id }),
    ...collectAdditionalProperties(v, ["type", "image_url", "file_id"]),
  }),
);

export const ComputerScreenshotImage$outboundSchema: z.ZodType<ComputerScreenshotImage$Outbound, ComputerScreenshotImage> = objectOutbound(
  {
    type: ComputerScreenshotImageType$outboundSchema,
    imageUrl: z.string().optional(),
    fileId: z.string().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    ...(v.imageUrl === undefined ? {} : { image_url: v.imageUrl }),
    ...(v.fileId === undefined ? {} : { file_id: v.fileId }),
    ...emitAdditionalProperties(v.additionalProperties, ["type", "image_url", "file_id"]),
  }),
);

export function computerScreenshotImageToJSON(value: ComputerScreenshotImage): string {
  return stringifyJSON(value, ComputerScreenshotImage$outboundSchema, "ComputerScreenshotImage");
}

export function computerScreenshotImageFromJSON(
  jsonString: string,
): SafeParseResult<ComputerScreenshotImage, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerScreenshotImage$inboundSchema, "ComputerScreenshotImage");
}
