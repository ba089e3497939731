// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ResponseConversation = {
  id: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseConversation as it is sent on the wire. */
export type ResponseConversation$Outbound = {
  id: string;
  [k: string]: unknown;
};

export const ResponseConversation$inboundSchema: z.ZodType<ResponseConversation, unknown> = objectInbound<ResponseConversation>(
  {
    id: ["id", z.string()],
  },
);

export const ResponseConversation$outboundSchema: z.ZodType<ResponseConversation$Outbound, ResponseConversation> = objectOutbound<ResponseConversation, ResponseConversation$Outbound>(
  {
    id: ["id", z.string()],
  },
);

export function responseConversationToJSON(value: ResponseConversation): string {
  return stringifyJSON(value, ResponseConversation$outboundSchema, "ResponseConversation");
}

export function responseConversationFromJSON(
  jsonString: string,
): SafeParseResult<ResponseConversation, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseConversation$inboundSchema, "ResponseConversation");
}
