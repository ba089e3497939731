// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  TextResponseFormatConfiguration$inboundSchema,
  TextResponseFormatConfiguration$outboundSchema,
  type TextResponseFormatConfiguration,
  type TextResponseFormatConfiguration$Outbound,
} from "./textresponseformatconfiguration.js";
import { Verbosity$inboundSchema, Verbosity$outboundSchema, type Verbosity } from "./verbosity.js";

export type ResponseTextParam = {
  format?: TextResponseFormatConfiguration | undefined;
  verbosity?: Verbosity | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseTextParam as it is sent on the wire. */
export type ResponseTextParam$Outbound = {
  format?: TextResponseFormatConfiguration$Outbound | undefined;
  verbosity?: Verbosity | null | undefined;
  [k: string]: unknown;
};

export const ResponseTextParam$inboundSchema: z.ZodType<ResponseTextParam, unknown> = objectInbound<ResponseTextParam>(
  {
    format: ["format", TextResponseFormatConfiguration$inboundSchema.optional()],
    verbosity: ["verbosity", Verbosity$inboundSchema.nullable().optional()],
  },
);

export const ResponseTextParam$outboundSchema: z.ZodType<ResponseTextParam$Outbound, ResponseTextParam> = objectOutbound<ResponseTextParam, ResponseTextParam$Outbound>(
  {
    format: ["format", TextResponseFormatConfiguration$outboundSchema.optional()],
    verbosity: ["verbosity", Verbosity$outboundSchema.nullable().optional()],
  },
);

export function responseTextParamToJSON(value: ResponseTextParam): string {
  return stringifyJSON(value, ResponseTextParam$outboundSchema, "ResponseTextParam");
}

export function responseTextParamFromJSON(
  jsonString: string,
): SafeParseResult<ResponseTextParam, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseTextParam$inboundSchema, "ResponseTextParam");
}
