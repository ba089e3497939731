// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ImageGenStreamEventImageGenerationCompleted$inboundSchema,
  ImageGenStreamEventImageGenerationCompleted$outboundSchema,
  type ImageGenStreamEventImageGenerationCompleted,
  type ImageGenStreamEventImageGenerationCompleted$Outbound,
} from "./imagegenstreameventimagegenerationcompleted.js";
import {
  ImageGenStreamEventImageGenerationPartialImage$inboundSchema,
  ImageGenStreamEventImageGenerationPartialImage$outboundSchema,
  type ImageGenStreamEventImageGenerationPartialImage,
  type ImageGenStreamEventImageGenerationPartialImage$Outbound,
} from "./imagegenstreameventimagegenerationpartialimage.js";

/**
 * Any event of an image generation stream; the `type` field tells which one it is.
 */
export type ImageGenStreamEvent =
  | ImageGenStreamEventImageGenerationPartialImage
  | ImageGenStreamEventImageGenerationCompleted
  | ImageGenStreamEventUnknown;

/**
 * The member of ImageGenStreamEvent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ImageGenStreamEventUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isImageGenStreamEventUnknown(value: ImageGenStreamEvent): value is ImageGenStreamEventUnknown {
  return value.type === undefined;
}

/** ImageGenStreamEvent as it is sent on the wire. */
export type ImageGenStreamEvent$Outbound =
  | ImageGenStreamEventImageGenerationPartialImage$Outbound
  | ImageGenStreamEventImageGenerationCompleted$Outbound
  | { [k: string]: unknown };

export const ImageGenStreamEvent$inboundSchema: z.ZodType<ImageGenStreamEvent, unknown> = discriminatedUnionInbound(
  "type",
  {
    "image_generation.partial_image": ImageGenStreamEventImageGenerationPartialImage$inboundSchema,
    "image_generation.completed": ImageGenStreamEventImageGenerationCompleted$inboundSchema,
  },
);

export const ImageGenStreamEvent$outboundSchema: z.ZodType<ImageGenStreamEvent$Outbound, ImageGenStreamEvent> = discriminatedUnionOutbound(
  "type",
  {
    "image_generation.partial_image": ImageGenStreamEventImageGenerationPartialImage$outboundSchema,
    "image_generation.completed": ImageGenStreamEventImageGenerationCompleted$outboundSchema,
  },
);

export function imageGenStreamEventToJSON(value: ImageGenStreamEvent): string {
  return stringifyJSON(value, ImageGenStreamEvent$outboundSchema, "ImageGenStreamEvent");
}

export function imageGenStreamEventFromJSON(
  jsonString: string,
): SafeParseResult<ImageGenStreamEvent, SDKValidationError> {
  return safeParseJSON(jsonString, ImageGenStreamEvent$inboundSchema, "ImageGenStreamEvent");
}
