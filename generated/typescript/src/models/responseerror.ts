// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  ResponseErrorCode$inboundSchema,
  ResponseErrorCode$outboundSchema,
  type ResponseErrorCode,
} from "./responseerrorcode.js";

export type ResponseError = {
  code: ResponseErrorCode;
  message: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseError as it is sent on the wire. */
export type ResponseError$Outbound = {
  code: ResponseErrorCode;
  message: string;
  [k: string]: unknown;
};

export const ResponseError$inboundSchema: z.ZodType<ResponseError, unknown> = objectInbound<ResponseError>(
  {
    code: ["code", ResponseErrorCode$inboundSchema],
    message: ["message", z.string()],
  },
);

export const ResponseError$outboundSchema: z.ZodType<ResponseError$Outbound, ResponseError> = objectOutbound<ResponseError, ResponseError$Outbound>(
  {
    code: ["code", ResponseErrorCode$outboundSchema],
    message: ["message", z.string()],
  },
);

export function responseErrorToJSON(value: ResponseError | null): string {
  return stringifyJSON(value, ResponseError$outboundSchema.nullable(), "ResponseError");
}

export function responseErrorFromJSON(
  jsonString: string,
): SafeParseResult<ResponseError | null, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseError$inboundSchema.nullable(), "ResponseError");
}
