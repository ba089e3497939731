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

export const ModerationErrorBodyType = {
  Error: "error",
} as const;
export type ModerationErrorBodyType = ClosedEnum<typeof ModerationErrorBodyType>;

export const ModerationErrorBodyType$inboundSchema: z.ZodType<ModerationErrorBodyType, unknown> = enumSchema(ModerationErrorBodyType);

export const ModerationErrorBodyType$outboundSchema: z.ZodType<ModerationErrorBodyType, ModerationErrorBodyType> = enumSchema(ModerationErrorBodyType);

export function moderationErrorBodyTypeToJSON(value: ModerationErrorBodyType): string {
  return stringifyJSON(value, ModerationErrorBodyType$outboundSchema, "ModerationErrorBodyType");
}

export function moderationErrorBodyTypeFromJSON(
  jsonString: string,
): SafeParseResult<ModerationErrorBodyType, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationErrorBodyType$inboundSchema, "ModerationErrorBodyType");
}

export type ModerationErrorBody = {
  type: ModerationErrorBodyType;
  code: string;
  message: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ModerationErrorBody as it is sent on the wire. */
export type ModerationErrorBody$Outbound = {
  type: ModerationErrorBodyType;
  code: string;
  message: string;
  [k: string]: unknown;
};

export const ModerationErrorBody$inboundSchema: z.ZodType<ModerationErrorBody, unknown> = objectInbound<ModerationErrorBody>(
  {
    type: ["type", ModerationErrorBodyType$inboundSchema],
    code: ["code", z.string()],
    message: ["message", z.string()],
  },
);

export const ModerationErrorBody$outboundSchema: z.ZodType<ModerationErrorBody$Outbound, ModerationErrorBody> = objectOutbound<ModerationErrorBody, ModerationErrorBody$Outbound>(
  {
    type: ["type", ModerationErrorBodyType$outboundSchema],
    code: ["code", z.string()],
    message: ["message", z.string()],
  },
);

export function moderationErrorBodyToJSON(value: ModerationErrorBody): string {
  return stringifyJSON(value, ModerationErrorBody$outboundSchema, "ModerationErrorBody");
}

export function moderationErrorBodyFromJSON(
  jsonString: string,
): SafeParseResult<ModerationErrorBody, SDKValidationError> {
  return safeParseJSON(jsonString, ModerationErrorBody$inboundSchema, "ModerationErrorBody");
}
