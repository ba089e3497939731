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

export const RefusalContentType = {
  Refusal: "refusal",
} as const;
export type RefusalContentType = ClosedEnum<typeof RefusalContentType>;

export const RefusalContentType$inboundSchema: z.ZodType<RefusalContentType, unknown> = enumSchema(RefusalContentType);

export const RefusalContentType$outboundSchema: z.ZodType<RefusalContentType, RefusalContentType> = enumSchema(RefusalContentType);

export function refusalContentTypeToJSON(value: RefusalContentType): string {
  return stringifyJSON(value, RefusalContentType$outboundSchema, "RefusalContentType");
}

export function refusalContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<RefusalContentType, SDKValidationError> {
  return safeParseJSON(jsonString, RefusalContentType$inboundSchema, "RefusalContentType");
}

export type RefusalContent = {
  type: RefusalContentType;
  refusal: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** RefusalContent as it is sent on the wire. */
export type RefusalContent$Outbound = {
  type: RefusalContentType;
  refusal: string;
  [k: string]: unknown;
};

export const RefusalContent$inboundSchema: z.ZodType<RefusalContent, unknown> = objectInbound<RefusalContent>(
  {
    type: ["type", RefusalContentType$inboundSchema],
    refusal: ["refusal", z.string()],
  },
);

export const RefusalContent$outboundSchema: z.ZodType<RefusalContent$Outbound, RefusalContent> = objectOutbound<RefusalContent, RefusalContent$Outbound>(
  {
    type: ["type", RefusalContentType$outboundSchema],
    refusal: ["refusal", z.string()],
  },
);

export function refusalContentToJSON(value: RefusalContent): string {
  return stringifyJSON(value, RefusalContent$outboundSchema, "RefusalContent");
}

export function refusalContentFromJSON(
  jsonString: string,
): SafeParseResult<RefusalContent, SDKValidationError> {
  return safeParseJSON(jsonString, RefusalContent$inboundSchema, "RefusalContent");
}
