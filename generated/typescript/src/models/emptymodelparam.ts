// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type EmptyModelParam = {
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** EmptyModelParam as it is sent on the wire. */
export type EmptyModelParam$Outbound = {
  [k: string]: unknown;
};

export const EmptyModelParam$inboundSchema: z.ZodType<EmptyModelParam, unknown> = objectInbound<EmptyModelParam>(
  {
  },
);

export const EmptyModelParam$outboundSchema: z.ZodType<EmptyModelParam$Outbound, EmptyModelParam> = objectOutbound<EmptyModelParam, EmptyModelParam$Outbound>(
  {
  },
);

export function emptyModelParamToJSON(value: EmptyModelParam): string {
  return stringifyJSON(value, EmptyModelParam$outboundSchema, "EmptyModelParam");
}

export function emptyModelParamFromJSON(
  jsonString: string,
): SafeParseResult<EmptyModelParam, SDKValidationError> {
  return safeParseJSON(jsonString, EmptyModelParam$inboundSchema, "EmptyModelParam");
}
