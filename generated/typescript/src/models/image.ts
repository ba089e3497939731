// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

/**
 * One generated image, as base64 data or as a URL.
 */
export type Image = {
  /**
   * The image, base64-encoded (GPT image models, or dall-e with `response_format` b64_json).
   */
  b64Json?: string | undefined;
  /**
   * Where to download the image (dall-e with `response_format` url); valid for 60 minutes.
   */
  url?: string | undefined;
  /**
   * The prompt dall-e-3 actually used, after rewriting yours.
   */
  revisedPrompt?: string | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** Image as it is sent on the wire. */
export type Image$Outbound = {
  b64_json?: string | undefined;
  url?: string | undefined;
  revised_prompt?: string | undefined;
  [k: string]: unknown;
};

export const Image$inboundSchema: z.ZodType<Image, unknown> = objectInbound<Image>(
  {
    b64Json: ["b64_json", z.string().optional()],
    url: ["url", z.string().optional()],
    revisedPrompt: ["revised_prompt", z.string().optional()],
  },
);

export const Image$outboundSchema: z.ZodType<Image$Outbound, Image> = objectOutbound<Image, Image$Outbound>(
  {
    b64Json: ["b64_json", z.string().optional()],
    url: ["url", z.string().optional()],
    revisedPrompt: ["revised_prompt", z.string().optional()],
  },
);

export function imageToJSON(value: Image): string {
  return stringifyJSON(value, Image$outboundSchema, "Image");
}

export function imageFromJSON(
  jsonString: string,
): SafeParseResult<Image, SDKValidationError> {
  return safeParseJSON(jsonString, Image$inboundSchema, "Image");
}
