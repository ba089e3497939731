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

export const HTTPErrorType = {
  HttpError: "http_error",
} as const;
export type HTTPErrorType = ClosedEnum<typeof HTTPErrorType>;

export const HTTPErrorType$inboundSchema: z.ZodType<HTTPErrorType, unknown> = enumSchema(HTTPErrorType);

export const HTTPErrorType$outboundSchema: z.ZodType<HTTPErrorType, HTTPErrorType> = enumSchema(HTTPErrorType);

export function httpErrorTypeToJSON(value: HTTPErrorType): string {
  return stringifyJSON(value, HTTPErrorType$outboundSchema, "HTTPErrorType");
}

export function httpErrorTypeFromJSON(
  jsonString: string,
): SafeParseResult<HTTPErrorType, SDKValidationError> {
  return safeParseJSON(jsonString, HTTPErrorType$inboundSchema, "HTTPErrorType");
}

export type HTTPError = {
  type: HTTPErrorType;
  code: number;
  message: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** HTTPError as it is sent on the wire. */
export type HTTPError$Outbound = {
  type: HTTPErrorType;
  code: number;
  message: string;
  [k: string]: unknown;
};

export const HTTPError$inboundSchema: z.ZodType<HTTPError, unknown> = objectInbound<HTTPError>(
  {
    type: ["type", HTTPErrorType$inboundSchema],
    code: ["code", z.int()],
    message: ["message", z.string()],
  },
);

export const HTTPError$outboundSchema: z.ZodType<HTTPError$Outbound, HTTPError> = objectOutbound<HTTPError, HTTPError$Outbound>(
  {
    type: ["type", HTTPErrorType$outboundSchema],
    code: ["code", z.int()],
    message: ["message", z.string()],
  },
);

export function httpErrorToJSON(value: HTTPError): string {
  return stringifyJSON(value, HTTPError$outboundSchema, "HTTPError");
}

export function httpErrorFromJSON(
  jsonString: string,
): SafeParseResult<HTTPError, SDKValidationError> {
  return safeParseJSON(jsonString, HTTPError$inboundSchema, "HTTPError");
}
