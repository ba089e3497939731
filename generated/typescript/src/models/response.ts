// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  InputItem$inboundSchema,
  InputItem$outboundSchema,
  type InputItem,
  type InputItem$Outbound,
} from "./inputitem.js";
import {
  Metadata$inboundSchema,
  Metadata$outboundSchema,
  type Metadata,
  type Metadata$Outbound,
} from "./metadata.js";
import {
  ModelIdsResponses$inboundSchema,
  ModelIdsResponses$outboundSchema,
  type ModelIdsResponses,
  type ModelIdsResponses$Outbound,
} from "./modelidsresponses.js";
import {
  Moderation$inboundSchema,
  Moderation$outboundSchema,
  type Moderation,
  type Moderation$Outbound,
} from "./moderation.js";
import {
  OutputItem$inboundSchema,
  OutputItem$outboundSchema,
  type OutputItem,
  type OutputItem$Outbound,
} from "./outputitem.js";
import {
  Prompt$inboundSchema,
  Prompt$outboundSchema,
  type Prompt,
  type Prompt$Outbound,
} from "./prompt.js";
import {
  PromptCacheOptions$inboundSchema,
  PromptCacheOptions$outboundSchema,
  type PromptCacheOptions,
  type PromptCacheOptions$Outbound,
} from "./promptcacheoptions.js";
import {
  Reasoning$inboundSchema,
  Reasoning$outboundSchema,
  type Reasoning,
  type Reasoning$Outbound,
} from "./reasoning.js";
import {
  ResponseConversation$inboundSchema,
  ResponseConversation$outboundSchema,
  type ResponseConversation,
  type ResponseConversation$Outbound,
} from "./responseconversation.js";
import {
  ResponseError$inboundSchema,
  ResponseError$outboundSchema,
  type ResponseError,
  type ResponseError$Outbound,
} from "./responseerror.js";
import {
  ResponseTextParam$inboundSchema,
  ResponseTextParam$outboundSchema,
  type ResponseTextParam,
  type ResponseTextParam$Outbound,
} from "./responsetextparam.js";
import {
  ResponseUsage$inboundSchema,
  ResponseUsage$outboundSchema,
  type ResponseUsage,
  type ResponseUsage$Outbound,
} from "./responseusage.js";
import {
  ServiceTierResponses$inboundSchema,
  ServiceTierResponses$outboundSchema,
  type ServiceTierResponses,
} from "./servicetierresponses.js";
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

/**
 * @deprecated
 */
export const ResponsePromptCacheRetention = {
  InMemory: "in_memory",
  TwentyFourh: "24h",
} as const;
/**
 * @deprecated
 */
export type ResponsePromptCacheRetention = ClosedEnum<typeof ResponsePromptCacheRetention>;

export const ResponsePromptCacheRetention$inboundSchema: z.ZodType<ResponsePromptCacheRetention, unknown> = enumSchema(ResponsePromptCacheRetention);

export const ResponsePromptCacheRetention$outboundSchema: z.ZodType<ResponsePromptCacheRetention, ResponsePromptCacheRetention> = enumSchema(ResponsePromptCacheRetention);

export function responsePromptCacheRetentionToJSON(value: ResponsePromptCacheRetention): string {
  return stringifyJSON(value, ResponsePromptCacheRetention$outboundSchema, "ResponsePromptCacheRetention");
}

export function responsePromptCacheRetentionFromJSON(
  jsonString: string,
): SafeParseResult<ResponsePromptCacheRetention, SDKValidationError> {
  return safeParseJSON(jsonString, ResponsePromptCacheRetention$inboundSchema, "ResponsePromptCacheRetention");
}

export const ResponseTruncation = {
  Auto: "auto",
  Disabled: "disabled",
} as const;
export type ResponseTruncation = ClosedEnum<typeof ResponseTruncation>;

export const ResponseTruncation$inboundSchema: z.ZodType<ResponseTruncation, unknown> = enumSchema(ResponseTruncation);

export const ResponseTruncation$outboundSchema: z.ZodType<ResponseTruncation, ResponseTruncation> = enumSchema(ResponseTruncation);

export function responseTruncationToJSON(value: ResponseTruncation): string {
  return stringifyJSON(value, ResponseTruncation$outboundSchema, "ResponseTruncation");
}

export function responseTruncationFromJSON(
  jsonString: string,
): SafeParseResult<ResponseTruncation, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseTruncation$inboundSchema, "ResponseTruncation");
}

export const ResponseObject = {
  Response: "response",
} as const;
export type ResponseObject = ClosedEnum<typeof ResponseObject>;

export const ResponseObject$inboundSchema: z.ZodType<ResponseObject, unknown> = enumSchema(ResponseObject);

export const ResponseObject$outboundSchema: z.ZodType<ResponseObject, ResponseObject> = enumSchema(ResponseObject);

export function responseObjectToJSON(value: ResponseObject): string {
  return stringifyJSON(value, ResponseObject$outboundSchema, "ResponseObject");
}

export function responseObjectFromJSON(
  jsonString: string,
): SafeParseResult<ResponseObject, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseObject$inboundSchema, "ResponseObject");
}

export const ResponseStatus = {
  Completed: "completed",
  Failed: "failed",
  InProgress: "in_progress",
  Cancelled: "cancelled",
  Queued: "queued",
  Incomplete: "incomplete",
} as const;
export type ResponseStatus = ClosedEnum<typeof ResponseStatus>;

export const ResponseStatus$inboundSchema: z.ZodType<ResponseStatus, unknown> = enumSchema(ResponseStatus);

export const ResponseStatus$outboundSchema: z.ZodType<ResponseStatus, ResponseStatus> = enumSchema(ResponseStatus);

export function responseStatusToJSON(value: ResponseStatus): string {
  return stringifyJSON(value, ResponseStatus$outboundSchema, "ResponseStatus");
}

export function responseStatusFromJSON(
  jsonString: string,
): SafeParseResult<ResponseStatus, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseStatus$inboundSchema, "ResponseStatus");
}

export const ResponseIncompleteDetailsReason = {
  MaxOutputTokens: "max_output_tokens",
  ContentFilter: "content_filter",
} as const;
export type ResponseIncompleteDetailsReason = ClosedEnum<typeof ResponseIncompleteDetailsReason>;

export const ResponseIncompleteDetailsReason$inboundSchema: z.ZodType<ResponseIncompleteDetailsReason, unknown> = enumSchema(ResponseIncompleteDetailsReason);

export const ResponseIncompleteDetailsReason$outboundSchema: z.ZodType<ResponseIncompleteDetailsReason, ResponseIncompleteDetailsReason> = enumSchema(ResponseIncompleteDetailsReason);

export function responseIncompleteDetailsReasonToJSON(value: ResponseIncompleteDetailsReason): string {
  return stringifyJSON(value, ResponseIncompleteDetailsReason$outboundSchema, "ResponseIncompleteDetailsReason");
}

export function responseIncompleteDetailsReasonFromJSON(
  jsonString: string,
): SafeParseResult<ResponseIncompleteDetailsReason, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseIncompleteDetailsReason$inboundSchema, "ResponseIncompleteDetailsReason");
}

export type ResponseIncompleteDetails = {
  reason?: ResponseIncompleteDetailsReason | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseIncompleteDetails as it is sent on the wire. */
export type ResponseIncompleteDetails$Outbound = {
  reason?: ResponseIncompleteDetailsReason | undefined;
  [k: string]: unknown;
};

export const ResponseIncompleteDetails$inboundSchema: z.ZodType<ResponseIncompleteDetails, unknown> = objectInbound(
  {
    reason: ResponseIncompleteDetailsReason$inboundSchema.optional(),
  },
  (v) => ({
    ...(v.reason === undefined ? {} : { reason: v.reason }),
    ...collectAdditionalProperties(v, ["reason"]),
  }),
);

export const ResponseIncompleteDetails$outboundSchema: z.ZodType<ResponseIncompleteDetails$Outbound, ResponseIncompleteDetails> = objectOutbound(
  {
    reason: ResponseIncompleteDetailsReason$outboundSchema.optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.reason === undefined ? {} : { reason: v.reason }),
    ...emitAdditionalProperties(v.additionalProperties, ["reason"]),
  }),
);

export function responseIncompleteDetailsToJSON(value: ResponseIncompleteDetails): string {
  return stringifyJSON(value, ResponseIncompleteDetails$outboundSchema, "ResponseIncompleteDetails");
}

export function responseIncompleteDetailsFromJSON(
  jsonString: string,
): SafeParseResult<ResponseIncompleteDetails, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseIncompleteDetails$inboundSchema, "ResponseIncompleteDetails");
}

export type ResponseInstructions =
  | string
  | Array<InputItem>;

/** ResponseInstructions as it is sent on the wire. */
export type ResponseInstructions$Outbound =
  | string
  | Array<InputItem$Outbound>;

/** Decodes a value as the first of these alternatives that accepts it. */
export const ResponseInstructions$inboundSchema: z.ZodType<ResponseInstructions, unknown> = untaggedUnionInbound(
  "ResponseInstructions",
  [
    z.string(),
    z.array(InputItem$inboundSchema),
  ],
  "one of: a string, an array of InputItem values",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const ResponseInstructions$outboundSchema: z.ZodType<ResponseInstructions$Outbound, ResponseInstructions> = untaggedUnionOutbound(
  "ResponseInstructions",
  [
    z.string(),
    z.array(InputItem$outboundSchema),
  ],
  "one of: a string, an array of InputItem values",
);

export function responseInstructionsToJSON(value: ResponseInstructions): string {
  return stringifyJSON(value, ResponseInstructions$outboundSchema, "ResponseInstructions");
}

export function responseInstructionsFromJSON(
  jsonString: string,
): SafeParseResult<ResponseInstructions, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseInstructions$inboundSchema, "ResponseInstructions");
}

export type Response = {
  metadata: Metadata | null;
  topLogprobs?: number | null | undefined;
  temperature: number | null;
  topP: number | null;
  /**
   * @deprecated
   */
  user?: string | undefined;
  safetyIdentifier?: string | null | undefined;
  promptCacheKey?: string | null | undefined;
  /**
   * @deprecated
   */
  promptCacheRetention?: ResponsePromptCacheRetention | null | undefined;
  previousResponseId?: string | null | undefined;
  model: ModelIdsResponses;
  background?: boolean | null | undefined;
  maxToolCalls?: number | null | undefined;
  text?: ResponseTextParam | undefined;
  tools: ToolsArray;
  toolChoice: ToolChoiceParam;
  prompt?: Prompt | null | undefined;
  serviceTier?: ServiceTierResponses | null | undefined;
  truncation?: ResponseTruncation | null | undefined;
  id: string;
  object: ResponseObject;
  status?: ResponseStatus | undefined;
  createdAt: number;
  completedAt?: number | null | undefined;
  error: ResponseError | null;
  incompleteDetails: ResponseIncompleteDetails | null;
  output: Array<OutputItem>;
  reasoning?: Reasoning | null | undefined;
  instructions: ResponseInstructions | null;
  outputText?: string | null | undefined;
  usage?: ResponseUsage | undefined;
  promptCacheOptions?: PromptCacheOptions | undefined;
  moderation?: Moderation | null | undefined;
  parallelToolCalls: boolean;
  conversation?: ResponseConversation | null | undefined;
  maxOutputTokens?: number | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** Response as it is sent on the wire. */
export type Response$Outbound = {
  metadata: Metadata$Outbound | null;
  top_logprobs?: number | null | undefined;
  temperature: number | null;
  top_p: number | null;
  user?: string | undefined;
  safety_identifier?: string | null | undefined;
  prompt_cache_key?: string | null | undefined;
  prompt_cache_retention?: ResponsePromptCacheRetention | null | undefined;
  previous_response_id?: string | null | undefined;
  model: ModelIdsResponses$Outbound;
  background?: boolean | null | undefined;
  max_tool_calls?: number | null | undefined;
  text?: ResponseTextParam$Outbound | undefined;
  tools: ToolsArray$Outbound;
  tool_choice: ToolChoiceParam$Outbound;
  prompt?: Prompt$Outbound | null | undefined;
  service_tier?: ServiceTierResponses | null | undefined;
  truncation?: ResponseTruncation | null | undefined;
  id: string;
  object: ResponseObject;
  status?: ResponseStatus | undefined;
  created_at: number;
  completed_at?: number | null | undefined;
  error: ResponseError$Outbound | null;
  incomplete_details: ResponseIncompleteDetails$Outbound | null;
  output: Array<OutputItem$Outbound>;
  reasoning?: Reasoning$Outbound | null | undefined;
  instructions: ResponseInstructions$Outbound | null;
  output_text?: string | null | undefined;
  usage?: ResponseUsage$Outbound | undefined;
  prompt_cache_options?: PromptCacheOptions$Outbound | undefined;
  moderation?: Moderation$Outbound | null | undefined;
  parallel_tool_calls: boolean;
  conversation?: ResponseConversation$Outbound | null | undefined;
  max_output_tokens?: number | null | undefined;
  [k: string]: unknown;
};

export const Response$inboundSchema: z.ZodType<Response, unknown> = objectInbound(
  {
    metadata: Metadata$inboundSchema.nullable(),
    top_logprobs: z.int().gte(0).lte(20).nullable().optional(),
    temperature: z.number().gte(0).lte(2).nullable(),
    top_p: z.number().gte(0).lte(1).nullable(),
    user: z.string().optional(),
    safety_identifier: z.string().max(64).nullable().optional(),
    prompt_cache_key: z.string().nullable().optional(),
    prompt_cache_retention: ResponsePromptCacheRetention$inboundSchema.nullable().optional(),
    previous_response_id: z.string().nullable().optional(),
    model: ModelIdsResponses$inboundSchema,
    background: z.boolean().nullable().optional(),
    max_tool_calls: z.int().nullable().optional(),
    text: ResponseTextParam$inboundSchema.optional(),
    tools: ToolsArray$inboundSchema,
    tool_choice: ToolChoiceParam$inboundSchema,
    prompt: Prompt$inboundSchema.nullable().optional(),
    service_tier: ServiceTierResponses$inboundSchema.nullable().optional(),
    truncation: ResponseTruncation$inboundSchema.nullable().optional(),
    id: z.string(),
    object: ResponseObject$inboundSchema,
    status: ResponseStatus$inboundSchema.optional(),
    created_at: z.number(),
    completed_at: z.number().nullable().optional(),
    error: ResponseError$inboundSchema.nullable(),
    incomplete_details: ResponseIncompleteDetails$inboundSchema.nullable(),
    output: z.array(OutputItem$inboundSchema),
    reasoning: Reasoning$inboundSchema.nullable().optional(),
    instructions: ResponseInstructions$inboundSchema.nullable(),
    output_text: z.string().nullable().optional(),
    usage: ResponseUsage$inboundSchema.optional(),
    prompt_cache_options: PromptCacheOptions$inboundSchema.optional(),
    moderation: Moderation$inboundSchema.nullable().optional(),
    parallel_tool_calls: z.boolean(),
    conversation: ResponseConversation$inboundSchema.nullable().optional(),
    max_output_tokens: z.int().nullable().optional(),
  },
  (v) => ({
    metadata: v.metadata,
    ...(v.top_logprobs === undefined ? {} : { topLogprobs: v.top_logprobs }),
    temperature: v.temperature,
    topP: v.top_p,
    ...(v.user === undefined ? {} : { user: v.user }),
    ...(v.safety_identifier === undefined ? {} : { safetyIdentifier: v.safety_identifier }),
    ...(v.prompt_cache_key === undefined ? {} : { promptCacheKey: v.prompt_cache_key }),
    ...(v.prompt_cache_retention === undefined ? {} : { promptCacheRetention: v.prompt_cache_retention }),
    ...(v.previous_response_id === undefined ? {} : { previousResponseId: v.previous_response_id }),
    model: v.model,
    ...(v.background === undefined ? {} : { background: v.background }),
    ...(v.max_tool_calls === undefined ? {} : { maxToolCalls: v.max_tool_calls }),
    ...(v.text === undefined ? {} : { text: v.text }),
    tools: v.tools,
    toolChoice: v.tool_choice,
    ...(v.prompt === undefined ? {} : { prompt: v.prompt }),
    ...(v.service_tier === undefined ? {} : { serviceTier: v.service_tier }),
    ...(v.truncation === undefined ? {} : { truncation: v.truncation }),
    id: v.id,
    object: v.object,
    ...(v.status === undefined ? {} : { status: v.status }),
    createdAt: v.created_at,
    ...(v.completed_at === undefined ? {} : { completedAt: v.completed_at }),
    error: v.error,
    incompleteDetails: v.incomplete_details,
    output: v.output,
    ...(v.reasoning === undefined ? {} : { reasoning: v.reasoning }),
    instructions: v.instructions,
    ...(v.output_text === undefined ? {} : { outputText: v.output_text }),
    ...(v.usage === undefined ? {} : { usage: v.usage }),
    ...(v.prompt_cache_options === undefined ? {} : { promptCacheOptions: v.prompt_cache_options }),
    ...(v.moderation === undefined ? {} : { moderation: v.moderation }),
    parallelToolCalls: v.parallel_tool_calls,
    ...(v.conversation === undefined ? {} : { conversation: v.conversation }),
    ...(v.max_output_tokens === undefined ? {} : { maxOutputTokens: v.max_output_tokens }),
    ...collectAdditionalProperties(v, ["metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier", "prompt_cache_key", "prompt_cache_retention", "previous_response_id", "model", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt", "service_tier", "truncation", "id", "object", "status", "created_at", "completed_at", "error", "incomplete_details", "output", "reasoning", "instructions", "output_text", "usage", "prompt_cache_options", "moderation", "parallel_tool_calls", "conversation", "max_output_tokens"]),
  }),
);

export const Response$outboundSchema: z.ZodType<Response$Outbound, Response> = objectOutbound(
  {
    metadata: Metadata$outboundSchema.nullable(),
    topLogprobs: z.int().gte(0).lte(20).nullable().optional(),
    temperature: z.number().gte(0).lte(2).nullable(),
    topP: z.number().gte(0).lte(1).nullable(),
    user: z.string().optional(),
    safetyIdentifier: z.string().max(64).nullable().optional(),
    promptCacheKey: z.string().nullable().optional(),
    promptCacheRetention: ResponsePromptCacheRetention$outboundSchema.nullable().optional(),
    previousResponseId: z.string().nullable().optional(),
    model: ModelIdsResponses$outboundSchema,
    background: z.boolean().nullable().optional(),
    maxToolCalls: z.int().nullable().optional(),
    text: ResponseTextParam$outboundSchema.optional(),
    tools: ToolsArray$outboundSchema,
    toolChoice: ToolChoiceParam$outboundSchema,
    prompt: Prompt$outboundSchema.nullable().optional(),
    serviceTier: ServiceTierResponses$outboundSchema.nullable().optional(),
    truncation: ResponseTruncation$outboundSchema.nullable().optional(),
    id: z.string(),
    object: ResponseObject$outboundSchema,
    status: ResponseStatus$outboundSchema.optional(),
    createdAt: z.number(),
    completedAt: z.number().nullable().optional(),
    error: ResponseError$outboundSchema.nullable(),
    incompleteDetails: ResponseIncompleteDetails$outboundSchema.nullable(),
    output: z.array(OutputItem$outboundSchema),
    reasoning: Reasoning$outboundSchema.nullable().optional(),
    instructions: ResponseInstructions$outboundSchema.nullable(),
    outputText: z.string().nullable().optional(),
    usage: ResponseUsage$outboundSchema.optional(),
    promptCacheOptions: PromptCacheOptions$outboundSchema.optional(),
    moderation: Moderation$outboundSchema.nullable().optional(),
    parallelToolCalls: z.boolean(),
    conversation: ResponseConversation$outboundSchema.nullable().optional(),
    maxOutputTokens: z.int().nullable().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    metadata: v.metadata,
    ...(v.topLogprobs === undefined ? {} : { top_logprobs: v.topLogprobs }),
    temperature: v.temperature,
    top_p: v.topP,
    ...(v.user === undefined ? {} : { user: v.user }),
    ...(v.safetyIdentifier === undefined ? {} : { safety_identifier: v.safetyIdentifier }),
    ...(v.promptCacheKey === undefined ? {} : { prompt_cache_key: v.promptCacheKey }),
    ...(v.promptCacheRetention === undefined ? {} : { prompt_cache_retention: v.promptCacheRetention }),
    ...(v.previousResponseId === undefined ? {} : { previous_response_id: v.previousResponseId }),
    model: v.model,
    ...(v.background === undefined ? {} : { background: v.background }),
    ...(v.maxToolCalls === undefined ? {} : { max_tool_calls: v.maxToolCalls }),
    ...(v.text === undefined ? {} : { text: v.text }),
    tools: v.tools,
    tool_choice: v.toolChoice,
    ...(v.prompt === undefined ? {} : { prompt: v.prompt }),
    ...(v.serviceTier === undefined ? {} : { service_tier: v.serviceTier }),
    ...(v.truncation === undefined ? {} : { truncation: v.truncation }),
    id: v.id,
    object: v.object,
    ...(v.status === undefined ? {} : { status: v.status }),
    created_at: v.createdAt,
    ...(v.completedAt === undefined ? {} : { completed_at: v.completedAt }),
    error: v.error,
    incomplete_details: v.incompleteDetails,
    output: v.output,
    ...(v.reasoning === undefined ? {} : { reasoning: v.reasoning }),
    instructions: v.instructions,
    ...(v.outputText === undefined ? {} : { output_text: v.outputText }),
    ...(v.usage === undefined ? {} : { usage: v.usage }),
    ...(v.promptCacheOptions === undefined ? {} : { prompt_cache_options: v.promptCacheOptions }),
    ...(v.moderation === undefined ? {} : { moderation: v.moderation }),
    parallel_tool_calls: v.parallelToolCalls,
    ...(v.conversation === undefined ? {} : { conversation: v.conversation }),
    ...(v.maxOutputTokens === undefined ? {} : { max_output_tokens: v.maxOutputTokens }),
    ...emitAdditionalProperties(v.additionalProperties, ["metadata", "top_logprobs", "temperature", "top_p", "user", "safety_identifier", "prompt_cache_key", "prompt_cache_retention", "previous_response_id", "model", "background", "max_tool_calls", "text", "tools", "tool_choice", "prompt", "service_tier", "truncation", "id", "object", "status", "created_at", "completed_at", "error", "incomplete_details", "output", "reasoning", "instructions", "output_text", "usage", "prompt_cache_options", "moderation", "parallel_tool_calls", "conversation", "max_output_tokens"]),
  }),
);

export function responseToJSON(value: Response): string {
  return stringifyJSON(value, Response$outboundSchema, "Response");
}

export function responseFromJSON(
  jsonString: string,
): SafeParseResult<Response, SDKValidationError> {
  return safeParseJSON(jsonString, Response$inboundSchema, "Response");
}
