// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  ModelIdsResponses$inboundSchema,
  ModelIdsResponses$outboundSchema,
  type ModelIdsResponses,
  type ModelIdsResponses$Outbound,
} from "./modelidsresponses.js";
import {
  Prompt$inboundSchema,
  Prompt$outboundSchema,
  type Prompt,
  type Prompt$Outbound,
} from "./prompt.js";
import {
  ResponseTextParam$inboundSchema,
  ResponseTextParam$outboundSchema,
  type ResponseTextParam,
  type ResponseTextParam$Outbound,
} from "./responsetextparam.js";
import {
  ToolChoiceParam$inboundSchema,
  ToolChoiceParam$outboundSchema,
  type ToolChoiceParam,
  type ToolChoiceParam$Outbound,
} from "./toolchoiceparam.js";
import {
  ToolsArray$inboundSchema,
  ToolsArray$outboundSchema,
  type ToolsArray,
  type ToolsArray$Outbound,
} from "./toolsarray.js";

export type ResponseProperties = {
  previousResponseId?: string | null | undefined;
  model?: ModelIdsResponses | undefined;
  background?: boolean | null | undefined;
  maxToolCalls?: number | null | undefined;
  text?: ResponseTextParam | undefined;
  tools?: ToolsArray | undefined;
  toolChoice?: ToolChoiceParam | undefined;
  prompt?: Prompt | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseProperties as it is sent on the wire. */
export type ResponseProperties$Outbound = {
  previous_response_id?: string | null | undefined;
  model?: ModelIdsResponses$Outbound | undefined;
  background?: boolean | null | undefined;
  max_tool_calls?: number | null | undefined;
  text?: ResponseTextParam$Outbound | undefined;
  tools?: ToolsArray$Outbound | undefined;
  tool_choice?: ToolChoiceParam$Outbound | undefined;
  prompt?: Prompt$Outbound | null | undefined;
  [k: string]: unknown;
};

export const ResponseProperties$inboundSchema: z.ZodType<ResponseProperties, unknown> = objectInbound<ResponseProperties>(
  {
    previousResponseId: ["previous_response_id", z.string().nullable().optional()],
    model: ["model", ModelIdsResponses$inboundSchema.optional()],
    background: ["background", z.boolean().nullable().optional()],
    maxToolCalls: ["max_tool_calls", z.int().nullable().optional()],
    text: ["text", ResponseTextParam$inboundSchema.optional()],
    tools: ["tools", ToolsArray$inboundSchema.optional()],
    toolChoice: ["tool_choice", ToolChoiceParam$inboundSchema.optional()],
    prompt: ["prompt", Prompt$inboundSchema.nullable().optional()],
  },
);

export const ResponseProperties$outboundSchema: z.ZodType<ResponseProperties$Outbound, ResponseProperties> = objectOutbound<ResponseProperties, ResponseProperties$Outbound>(
  {
    previousResponseId: ["previous_response_id", z.string().nullable().optional()],
    model: ["model", ModelIdsResponses$outboundSchema.optional()],
    background: ["background", z.boolean().nullable().optional()],
    maxToolCalls: ["max_tool_calls", z.int().nullable().optional()],
    text: ["text", ResponseTextParam$outboundSchema.optional()],
    tools: ["tools", ToolsArray$outboundSchema.optional()],
    toolChoice: ["tool_choice", ToolChoiceParam$outboundSchema.optional()],
    prompt: ["prompt", Prompt$outboundSchema.nullable().optional()],
  },
);

export function responsePropertiesToJSON(value: ResponseProperties): string {
  return stringifyJSON(value, ResponseProperties$outboundSchema, "ResponseProperties");
}

export function responsePropertiesFromJSON(
  jsonString: string,
): SafeParseResult<ResponseProperties, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseProperties$inboundSchema, "ResponseProperties");
}
