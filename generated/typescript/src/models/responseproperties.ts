// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
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

export const ResponseProperties$inboundSchema: z.ZodType<ResponseProperties, unknown> = objectInbound(
  {
    previous_response_id: z.string().nullable().optional(),
    model: ModelIdsResponses$inboundSchema.optional(),
    background: z.boolean().nullable().optional(),
    max_tool_calls: z.int().nullable().optional(),
    text: ResponseTextParam$inboundSchema.optional(),
    tools: ToolsArray$inboundSchema.optional(),
    tool_choice: ToolChoiceParam$inboundSchema.optional(),
    prompt: Prompt$inboundSchema.nullable().optional(),
  },
  (v) => ({
    ...(v.previous_response_id === undefined ? {} : { previousResponseId: v.previous_response_id }),
    ...(v.model === undefined ? {} : { model: v.model }),
    ...(v.background === undefined ? {} : { background: v.background }),
    ...(v.max_tool_calls === undefined ? {} : { maxToolCalls: v.max_tool_calls }),
    ...(v.text === undefined ? {} : { text: v.text }),
    ...(v.tools === undefined ? {} : { tools: v.tools }),
    ...(v.tool_choice === undefined ? {} : { toolChoice: v.tool_choice }),
    ...(v.prompt === undefined ? {} : { prompt: v.prompt }),
    ...collectAdditionalProperties(v, ["previous_response_id", "model", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt"]),
  }),
);

export const ResponseProperties$outboundSchema: z.ZodType<ResponseProperties$Outbound, ResponseProperties> = objectOutbound(
  {
    previousResponseId: z.string().nullable().optional(),
    model: ModelIdsResponses$outboundSchema.optional(),
    background: z.boolean().nullable().optional(),
    maxToolCalls: z.int().nullable().optional(),
    text: ResponseTextParam$outboundSchema.optional(),
    tools: ToolsArray$outboundSchema.optional(),
    toolChoice: ToolChoiceParam$outboundSchema.optional(),
    prompt: Prompt$outboundSchema.nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.previousResponseId === undefined ? {} : { previous_response_id: v.previousResponseId }),
    ...(v.model === undefined ? {} : { model: v.model }),
    ...(v.background === undefined ? {} : { background: v.background }),
    ...(v.maxToolCalls === undefined ? {} : { max_tool_calls: v.maxToolCalls }),
    ...(v.text === undefined ? {} : { text: v.text }),
    ...(v.tools === undefined ? {} : { tools: v.tools }),
    ...(v.toolChoice === undefined ? {} : { tool_choice: v.toolChoice }),
    ...(v.prompt === undefined ? {} : { prompt: v.prompt }),
    ...emitAdditionalProperties(v.additionalProperties, ["previous_response_id", "model", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt"]),
  }),
);

export function responsePropertiesToJSON(value: ResponseProperties): string {
  return stringifyJSON(value, ResponseProperties$outboundSchema, "ResponseProperties");
}

export function responsePropertiesFromJSON(
  jsonString: string,
): SafeParseResult<ResponseProperties, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseProperties$inboundSchema, "ResponseProperties");
}
