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
  ImageEditStreamEventImageEditCompleted$inboundSchema,
  ImageEditStreamEventImageEditCompleted$outboundSchema,
  type ImageEditStreamEventImageEditCompleted,
  type ImageEditStreamEventImageEditCompleted$Outbound,
} from "./imageeditstreameventimageeditcompleted.js";
import {
  ImageEditStreamEventImageEditPartialImage$inboundSchema,
  ImageEditStreamEventImageEditPartialImage$outboundSchema,
  type ImageEditStreamEventImageEditPartialImage,
  type ImageEditStreamEventImageEditPartialImage$Outbound,
} from "./imageeditstreameventimageeditpartialimage.js";

/**
 * Any event of an image edit stream; the `type` field tells which one it is.
 */
export type ImageEditStreamEvent =
  | ImageEditStreamEventImageEditPartialImage
  | ImageEditStreamEventImageEditCompleted
  | ImageEditStreamEventUnknown;

/**
 * The member of ImageEditStreamEvent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ImageEditStreamEventUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isImageEditStreamEventUnknown(value: ImageEditStreamEvent): value is ImageEditStreamEventUnknown {
  return value.type === undefined;
}

/** ImageEditStreamEvent as it is sent on the wire. */
export type ImageEditStreamEvent$Outbound =
  | ImageEditStreamEventImageEditPartialImage$Outbound
  | ImageEditStreamEventImageEditCompleted$Outbound
  | { [k: string]: unknown };

export const ImageEditStreamEvent$inboundSchema: z.ZodType<ImageEditStreamEvent, unknown> = discriminatedUnionInbound(
  "type",
  {
    "image_edit.partial_image": ImageEditStreamEventImageEditPartialImage$inboundSchema,
    "image_edit.completed": ImageEditStreamEventImageEditCompleted$inboundSchema,
  },
);

export const ImageEditStreamEvent$outboundSchema: z.ZodType<ImageEditStreamEvent$Outbound, ImageEditStreamEvent> = discriminatedUnionOutbound(
  "type",
  {
    "image_edit.partial_image": ImageEditStreamEventImageEditPartialImage$outboundSchema,
    "image_edit.completed": ImageEditStreamEventImageEditCompleted$outboundSchema,
  },
);

export function imageEditStreamEventToJSON(value: ImageEditStreamEvent): string {
  return stringifyJSON(value, ImageEditStreamEvent$outboundSchema, "ImageEditStreamEvent");
}

export function imageEditStreamEventFromJSON(
  jsonString: string,
): SafeParseResult<ImageEditStreamEvent, SDKValidationError> {
  return safeParseJSON(jsonString, ImageEditStreamEvent$inboundSchema, "ImageEditStreamEvent");
}
