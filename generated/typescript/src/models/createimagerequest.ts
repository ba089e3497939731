// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum, OpenEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import type { ImageModel } from "./imagemodel.js";

/**
 * Quality level; which values apply depends on the model.
 */
export const CreateImageRequestQuality = {
  Standard: "standard",
  Hd: "hd",
  Low: "low",
  Medium: "medium",
  High: "high",
  Auto: "auto",
} as const;
/**
 * Quality level; which values apply depends on the model.
 */
export type CreateImageRequestQuality = ClosedEnum<typeof CreateImageRequestQuality>;

export const CreateImageRequestQuality$inboundSchema: z.ZodType<CreateImageRequestQuality, unknown> = enumSchema(CreateImageRequestQuality);

export const CreateImageRequestQuality$outboundSchema: z.ZodType<CreateImageRequestQuality, CreateImageRequestQuality> = enumSchema(CreateImageRequestQuality);

export function createImageRequestQualityToJSON(value: CreateImageRequestQuality): string {
  return stringifyJSON(value, CreateImageRequestQuality$outboundSchema, "CreateImageRequestQuality");
}

export function createImageRequestQualityFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestQuality, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestQuality$inboundSchema, "CreateImageRequestQuality");
}

/**
 * Return images as URLs or as base64 JSON (dall-e models only; GPT image models always return base64).
 */
export const CreateImageRequestResponseFormat = {
  Url: "url",
  B64Json: "b64_json",
} as const;
/**
 * Return images as URLs or as base64 JSON (dall-e models only; GPT image models always return base64).
 */
export type CreateImageRequestResponseFormat = ClosedEnum<typeof CreateImageRequestResponseFormat>;

export const CreateImageRequestResponseFormat$inboundSchema: z.ZodType<CreateImageRequestResponseFormat, unknown> = enumSchema(CreateImageRequestResponseFormat);

export const CreateImageRequestResponseFormat$outboundSchema: z.ZodType<CreateImageRequestResponseFormat, CreateImageRequestResponseFormat> = enumSchema(CreateImageRequestResponseFormat);

export function createImageRequestResponseFormatToJSON(value: CreateImageRequestResponseFormat): string {
  return stringifyJSON(value, CreateImageRequestResponseFormat$outboundSchema, "CreateImageRequestResponseFormat");
}

export function createImageRequestResponseFormatFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestResponseFormat, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestResponseFormat$inboundSchema, "CreateImageRequestResponseFormat");
}

/**
 * Dimensions of the generated images; which sizes apply depends on the model.
 */
export const CreateImageRequestSize = {
  Auto: "auto",
  OneThousandAndTwentyFourx1024: "1024x1024",
  OneThousandFiveHundredAndThirtySixx1024: "1536x1024",
  OneThousandAndTwentyFourx1536: "1024x1536",
  TwoHundredAndFiftySixx256: "256x256",
  FiveHundredAndTwelvex512: "512x512",
  OneThousandSevenHundredAndNinetyTwox1024: "1792x1024",
  OneThousandAndTwentyFourx1792: "1024x1792",
} as const;
/**
 * Dimensions of the generated images; which sizes apply depends on the model.
 */
export type CreateImageRequestSize = ClosedEnum<typeof CreateImageRequestSize>;

export const CreateImageRequestSize$inboundSchema: z.ZodType<CreateImageRequestSize, unknown> = enumSchema(CreateImageRequestSize);

export const CreateImageRequestSize$outboundSchema: z.ZodType<CreateImageRequestSize, CreateImageRequestSize> = enumSchema(CreateImageRequestSize);

export function createImageRequestSizeToJSON(value: CreateImageRequestSize): string {
  return stringifyJSON(value, CreateImageRequestSize$outboundSchema, "CreateImageRequestSize");
}

export function createImageRequestSizeFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestSize, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestSize$inboundSchema, "CreateImageRequestSize");
}

/**
 * Rendering style (dall-e-3 only).
 */
export const CreateImageRequestStyle = {
  Vivid: "vivid",
  Natural: "natural",
} as const;
/**
 * Rendering style (dall-e-3 only).
 */
export type CreateImageRequestStyle = ClosedEnum<typeof CreateImageRequestStyle>;

export const CreateImageRequestStyle$inboundSchema: z.ZodType<CreateImageRequestStyle, unknown> = enumSchema(CreateImageRequestStyle);

export const CreateImageRequestStyle$outboundSchema: z.ZodType<CreateImageRequestStyle, CreateImageRequestStyle> = enumSchema(CreateImageRequestStyle);

export function createImageRequestStyleToJSON(value: CreateImageRequestStyle): string {
  return stringifyJSON(value, CreateImageRequestStyle$outboundSchema, "CreateImageRequestStyle");
}

export function createImageRequestStyleFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestStyle, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestStyle$inboundSchema, "CreateImageRequestStyle");
}

/**
 * Background of the generated images (GPT image models only).
 */
export const CreateImageRequestBackground = {
  Transparent: "transparent",
  Opaque: "opaque",
  Auto: "auto",
} as const;
/**
 * Background of the generated images (GPT image models only).
 */
export type CreateImageRequestBackground = ClosedEnum<typeof CreateImageRequestBackground>;

export const CreateImageRequestBackground$inboundSchema: z.ZodType<CreateImageRequestBackground, unknown> = enumSchema(CreateImageRequestBackground);

export const CreateImageRequestBackground$outboundSchema: z.ZodType<CreateImageRequestBackground, CreateImageRequestBackground> = enumSchema(CreateImageRequestBackground);

export function createImageRequestBackgroundToJSON(value: CreateImageRequestBackground): string {
  return stringifyJSON(value, CreateImageRequestBackground$outboundSchema, "CreateImageRequestBackground");
}

export function createImageRequestBackgroundFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestBackground, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestBackground$inboundSchema, "CreateImageRequestBackground");
}

/**
 * File format of the generated images (GPT image models only).
 */
export const CreateImageRequestOutputFormat = {
  Png: "png",
  Jpeg: "jpeg",
  Webp: "webp",
} as const;
/**
 * File format of the generated images (GPT image models only).
 */
export type CreateImageRequestOutputFormat = ClosedEnum<typeof CreateImageRequestOutputFormat>;

export const CreateImageRequestOutputFormat$inboundSchema: z.ZodType<CreateImageRequestOutputFormat, unknown> = enumSchema(CreateImageRequestOutputFormat);

export const CreateImageRequestOutputFormat$outboundSchema: z.ZodType<CreateImageRequestOutputFormat, CreateImageRequestOutputFormat> = enumSchema(CreateImageRequestOutputFormat);

export function createImageRequestOutputFormatToJSON(value: CreateImageRequestOutputFormat): string {
  return stringifyJSON(value, CreateImageRequestOutputFormat$outboundSchema, "CreateImageRequestOutputFormat");
}

export function createImageRequestOutputFormatFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestOutputFormat, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestOutputFormat$inboundSchema, "CreateImageRequestOutputFormat");
}

/**
 * Strictness of content moderation (GPT image models only).
 */
export const CreateImageRequestModeration = {
  Low: "low",
  Auto: "auto",
} as const;
/**
 * Strictness of content moderation (GPT image models only).
 */
export type CreateImageRequestModeration = ClosedEnum<typeof CreateImageRequestModeration>;

export const CreateImageRequestModeration$inboundSchema: z.ZodType<CreateImageRequestModeration, unknown> = enumSchema(CreateImageRequestModeration);

export const CreateImageRequestModeration$outboundSchema: z.ZodType<CreateImageRequestModeration, CreateImageRequestModeration> = enumSchema(CreateImageRequestModeration);

export function createImageRequestModerationToJSON(value: CreateImageRequestModeration): string {
  return stringifyJSON(value, CreateImageRequestModeration$outboundSchema, "CreateImageRequestModeration");
}

export function createImageRequestModerationFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequestModeration, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequestModeration$inboundSchema, "CreateImageRequestModeration");
}

/**
 * What to generate and how; only `prompt` is required.
 */
export type CreateImageRequest = {
  /**
   * Text description of the image(s) to create.
   */
  prompt: string;
  /**
   * Model to generate with; one of the ImageModel values or another model name.
   */
  model?: OpenEnum<typeof ImageModel> | null | undefined;
  /**
   * How many images to generate, from 1 to 10 (dall-e-3 supports only 1).
   */
  n?: number | null | undefined;
  /**
   * Quality level; which values apply depends on the model.
   */
  quality?: CreateImageRequestQuality | undefined;
  /**
   * Return images as URLs or as base64 JSON (dall-e models only; GPT image models always return base64).
   */
  responseFormat?: CreateImageRequestResponseFormat | null | undefined;
  /**
   * Dimensions of the generated images; which sizes apply depends on the model.
   */
  size?: CreateImageRequestSize | null | undefined;
  /**
   * Rendering style (dall-e-3 only).
   */
  style?: CreateImageRequestStyle | null | undefined;
  /**
   * Background of the generated images (GPT image models only).
   */
  background?: CreateImageRequestBackground | null | undefined;
  /**
   * File format of the generated images (GPT image models only).
   */
  outputFormat?: CreateImageRequestOutputFormat | null | undefined;
  /**
   * Compression level in percent for jpeg and webp output (GPT image models only).
   */
  outputCompression?: number | null | undefined;
  /**
   * How many partial images to stream before the final one, from 0 to 3.
   */
  partialImages?: number | null | undefined;
  /**
   * Stream partial images as they are produced instead of returning one response.
   */
  stream?: boolean | null | undefined;
  /**
   * Strictness of content moderation (GPT image models only).
   */
  moderation?: CreateImageRequestModeration | null | undefined;
  /**
   * A stable identifier for your end user, to help detect abuse.
   */
  user?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CreateImageRequest as it is sent on the wire. */
export type CreateImageRequest$Outbound = {
  prompt: string;
  model?: string | null | undefined;
  n?: number | null | undefined;
  quality?: CreateImageRequestQuality | undefined;
  response_format?: CreateImageRequestResponseFormat | null | undefined;
  size?: CreateImageRequestSize | null | undefined;
  style?: CreateImageRequestStyle | null | undefined;
  background?: CreateImageRequestBackground | null | undefined;
  output_format?: CreateImageRequestOutputFormat | null | undefined;
  output_compression?: number | null | undefined;
  partial_images?: number | null | undefined;
  stream?: boolean | null | undefined;
  moderation?: CreateImageRequestModeration | null | undefined;
  user?: string | undefined;
  [k: string]: unknown;
};

export const CreateImageRequest$inboundSchema: z.ZodType<CreateImageRequest, unknown> = objectInbound<CreateImageRequest>(
  {
    prompt: ["prompt", z.string()],
    model: ["model", z.string().nullable().optional()],
    n: ["n", z.int().gte(1).lte(10).nullable().optional()],
    quality: ["quality", CreateImageRequestQuality$inboundSchema.optional()],
    responseFormat: ["response_format", CreateImageRequestResponseFormat$inboundSchema.nullable().optional()],
    size: ["size", CreateImageRequestSize$inboundSchema.nullable().optional()],
    style: ["style", CreateImageRequestStyle$inboundSchema.nullable().optional()],
    background: ["background", CreateImageRequestBackground$inboundSchema.nullable().optional()],
    outputFormat: ["output_format", CreateImageRequestOutputFormat$inboundSchema.nullable().optional()],
    outputCompression: ["output_compression", z.int().gte(0).lte(100).nullable().optional()],
    partialImages: ["partial_images", z.int().gte(0).lte(3).nullable().optional()],
    stream: ["stream", z.boolean().nullable().optional()],
    moderation: ["moderation", CreateImageRequestModeration$inboundSchema.nullable().optional()],
    user: ["user", z.string().optional()],
  },
);

export const CreateImageRequest$outboundSchema: z.ZodType<CreateImageRequest$Outbound, CreateImageRequest> = objectOutbound<CreateImageRequest, CreateImageRequest$Outbound>(
  {
    prompt: ["prompt", z.string()],
    model: ["model", z.string().nullable().optional()],
    n: ["n", z.int().gte(1).lte(10).nullable().optional()],
    quality: ["quality", CreateImageRequestQuality$outboundSchema.optional()],
    responseFormat: ["response_format", CreateImageRequestResponseFormat$outboundSchema.nullable().optional()],
    size: ["size", CreateImageRequestSize$outboundSchema.nullable().optional()],
    style: ["style", CreateImageRequestStyle$outboundSchema.nullable().optional()],
    background: ["background", CreateImageRequestBackground$outboundSchema.nullable().optional()],
    outputFormat: ["output_format", CreateImageRequestOutputFormat$outboundSchema.nullable().optional()],
    outputCompression: ["output_compression", z.int().gte(0).lte(100).nullable().optional()],
    partialImages: ["partial_images", z.int().gte(0).lte(3).nullable().optional()],
    stream: ["stream", z.boolean().nullable().optional()],
    moderation: ["moderation", CreateImageRequestModeration$outboundSchema.nullable().optional()],
    user: ["user", z.string().optional()],
  },
);

export function createImageRequestToJSON(value: CreateImageRequest): string {
  return stringifyJSON(value, CreateImageRequest$outboundSchema, "CreateImageRequest");
}

export function createImageRequestFromJSON(
  jsonString: string,
): SafeParseResult<CreateImageRequest, SDKValidationError> {
  return safeParseJSON(jsonString, CreateImageRequest$inboundSchema, "CreateImageRequest");
}
