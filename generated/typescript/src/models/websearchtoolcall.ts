// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  WebSearchActionFind$inboundSchema,
  WebSearchActionFind$outboundSchema,
  type WebSearchActionFind,
  type WebSearchActionFind$Outbound,
} from "./websearchactionfind.js";
import {
  WebSearchActionOpenPage$inboundSchema,
  WebSearchActionOpenPage$outboundSchema,
  type WebSearchActionOpenPage,
  type WebSearchActionOpenPage$Outbound,
} from "./websearchactionopenpage.js";
import {
  WebSearchActionSearch$inboundSchema,
  WebSearchActionSearch$outboundSchema,
  type WebSearchActionSearch,
  type WebSearchActionSearch$Outbound,
} from "./websearchactionsearch.js";

export const WebSearchToolCallType = {
  WebSearchCall: "web_search_call",
} as const;
export type WebSearchToolCallType = ClosedEnum<typeof WebSearchToolCallType>;

export const WebSearchToolCallType$inboundSchema: z.ZodType<WebSearchToolCallType, unknown> = enumSchema(WebSearchToolCallType);

export const WebSearchToolCallType$outboundSchema: z.ZodType<WebSearchToolCallType, WebSearchToolCallType> = enumSchema(WebSearchToolCallType);

export function webSearchToolCallTypeToJSON(value: WebSearchToolCallType): string {
  return stringifyJSON(value, WebSearchToolCallType$outboundSchema, "WebSearchToolCallType");
}

export function webSearchToolCallTypeFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolCallType, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolCallType$inboundSchema, "WebSearchToolCallType");
}

export const WebSearchToolCallStatus = {
  InProgress: "in_progress",
  Searching: "searching",
  Completed: "completed",
  Failed: "failed",
} as const;
export type WebSearchToolCallStatus = ClosedEnum<typeof WebSearchToolCallStatus>;

export const WebSearchToolCallStatus$inboundSchema: z.ZodType<WebSearchToolCallStatus, unknown> = enumSchema(WebSearchToolCallStatus);

export const WebSearchToolCallStatus$outboundSchema: z.ZodType<WebSearchToolCallStatus, WebSearchToolCallStatus> = enumSchema(WebSearchToolCallStatus);

export function webSearchToolCallStatusToJSON(value: WebSearchToolCallStatus): string {
  return stringifyJSON(value, WebSearchToolCallStatus$outboundSchema, "WebSearchToolCallStatus");
}

export function webSearchToolCallStatusFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolCallStatus, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolCallStatus$inboundSchema, "WebSearchToolCallStatus");
}

export type WebSearchToolCallAction =
  | WebSearchActionSearch
  | WebSearchActionOpenPage
  | WebSearchActionFind
  | WebSearchToolCallActionUnknown;

/**
 * The member of WebSearchToolCallAction for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type WebSearchToolCallActionUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isWebSearchToolCallActionUnknown(value: WebSearchToolCallAction): value is WebSearchToolCallActionUnknown {
  return value.type === undefined;
}

/** WebSearchToolCallAction as it is sent on the wire. */
export type WebSearchToolCallAction$Outbound =
  | WebSearchActionSearch$Outbound
  | WebSearchActionOpenPage$Outbound
  | WebSearchActionFind$Outbound
  | { [k: string]: unknown };

export const WebSearchToolCallAction$inboundSchema: z.ZodType<WebSearchToolCallAction, unknown> = discriminatedUnionInbound(
  "type",
  {
    search: WebSearchActionSearch$inboundSchema,
    open_page: WebSearchActionOpenPage$inboundSchema,
    find_in_page: WebSearchActionFind$inboundSchema,
  },
);

export const WebSearchToolCallAction$outboundSchema: z.ZodType<WebSearchToolCallAction$Outbound, WebSearchToolCallAction> = discriminatedUnionOutbound(
  "type",
  {
    search: WebSearchActionSearch$outboundSchema,
    open_page: WebSearchActionOpenPage$outboundSchema,
    find_in_page: WebSearchActionFind$outboundSchema,
  },
);

export function webSearchToolCallActionToJSON(value: WebSearchToolCallAction): string {
  return stringifyJSON(value, WebSearchToolCallAction$outboundSchema, "WebSearchToolCallAction");
}

export function webSearchToolCallActionFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolCallAction, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolCallAction$inboundSchema, "WebSearchToolCallAction");
}

export type WebSearchToolCall = {
  id: string;
  type: WebSearchToolCallType;
  status: WebSearchToolCallStatus;
  action: WebSearchToolCallAction;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** WebSearchToolCall as it is sent on the wire. */
export type WebSearchToolCall$Outbound = {
  id: string;
  type: WebSearchToolCallType;
  status: WebSearchToolCallStatus;
  action: WebSearchToolCallAction$Outbound;
  [k: string]: unknown;
};

export const WebSearchToolCall$inboundSchema: z.ZodType<WebSearchToolCall, unknown> = objectInbound<WebSearchToolCall>(
  {
    id: ["id", z.string()],
    type: ["type", WebSearchToolCallType$inboundSchema],
    status: ["status", WebSearchToolCallStatus$inboundSchema],
    action: ["action", WebSearchToolCallAction$inboundSchema],
  },
);

export const WebSearchToolCall$outboundSchema: z.ZodType<WebSearchToolCall$Outbound, WebSearchToolCall> = objectOutbound<WebSearchToolCall, WebSearchToolCall$Outbound>(
  {
    id: ["id", z.string()],
    type: ["type", WebSearchToolCallType$outboundSchema],
    status: ["status", WebSearchToolCallStatus$outboundSchema],
    action: ["action", WebSearchToolCallAction$outboundSchema],
  },
);

export function webSearchToolCallToJSON(value: WebSearchToolCall): string {
  return stringifyJSON(value, WebSearchToolCall$outboundSchema, "WebSearchToolCall");
}

export function webSearchToolCallFromJSON(
  jsonString: string,
): SafeParseResult<WebSearchToolCall, SDKValidationError> {
  return safeParseJSON(jsonString, WebSearchToolCall$inboundSchema, "WebSearchToolCall");
}
