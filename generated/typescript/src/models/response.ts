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

export const ResponseIncompleteDetails$inboundSchema: z.ZodType<ResponseIncompleteDetails, unknown> = objectInbound<ResponseIncompleteDetails>(
  {
    reason: ["reason", ResponseIncompleteDetailsReason$inboundSchema.optional()],
  },
);

export const ResponseIncompleteDetails$outboundSchema: z.ZodType<ResponseIncompleteDetails$Outbound, ResponseIncompleteDetails> = objectOutbound<ResponseIncompleteDetails, ResponseIncompleteDetails$Outbound>(
  {
    reason: ["reason", ResponseIncompleteDetailsReason$outboundSchema.optional()],
  },
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

export const Response$inboundSchema: z.ZodType<Response, unknown> = objectInbound<Response>(
  {
    metadata: ["metadata", Metadata$inboundSchema.nullable()],
    topLogprobs: ["top_logprobs", z.int().gte(0).lte(20).nullable().optional()],
    temperature: ["temperature", z.number().gte(0).lte(2).nullable()],
    topP: ["top_p", z.number().gte(0).lte(1).nullable()],
    user: ["user", z.string().optional()],
    safetyIdentifier: ["safety_identifier", z.string().max(64).nullable().optional()],
    promptCacheKey: ["prompt_cache_key", z.string().nullable().optional()],
    promptCacheRetention: ["prompt_cache_retention", ResponsePromptCacheRetention$inboundSchema.nullable().optional()],
    previousResponseId: ["previous_response_id", z.string().nullable().optional()],
    model: ["model", ModelIdsResponses$inboundSchema],
    background: ["background", z.boolean().nullable().optional()],
    maxToolCalls: ["max_tool_calls", z.int().nullable().optional()],
    text: ["text", ResponseTextParam$inboundSchema.optional()],
    tools: ["tools", ToolsArray$inboundSchema],
    toolChoice: ["tool_choice", ToolChoiceParam$inboundSchema],
    prompt: ["prompt", Prompt$inboundSchema.nullable().optional()],
    serviceTier: ["service_tier", ServiceTierResponses$inboundSchema.nullable().optional()],
    truncation: ["truncation", ResponseTruncation$inboundSchema.nullable().optional()],
    id: ["id", z.string()],
    object: ["object", ResponseObject$inboundSchema],
    status: ["status", ResponseStatus$inboundSchema.optional()],
    createdAt: ["created_at", z.number()],
    completedAt: ["completed_at", z.number().nullable().optional()],
    error: ["error", ResponseError$inboundSchema.nullable()],
    incompleteDetails: ["incomplete_details", ResponseIncompleteDetails$inboundSchema.nullable()],
    output: ["output", z.array(OutputItem$inboundSchema)],
    reasoning: ["reasoning", Reasoning$inboundSchema.nullable().optional()],
    instructions: ["instructions", ResponseInstructions$inboundSchema.nullable()],
    outputText: ["output_text", z.string().nullable().optional()],
    usage: ["usage", ResponseUsage$inboundSchema.optional()],
    promptCacheOptions: ["prompt_cache_options", PromptCacheOptions$inboundSchema.optional()],
    moderation: ["moderation", Moderation$inboundSchema.nullable().optional()],
    parallelToolCalls: ["parallel_tool_calls", z.boolean()],
    conversation: ["conversation", ResponseConversation$inboundSchema.nullable().optional()],
    maxOutputTokens: ["max_output_tokens", z.int().nullable().optional()],
  },
);

export const Response$outboundSchema: z.ZodType<Response$Outbound, Response> = objectOutbound<Response, Response$Outbound>(
  {
    metadata: ["metadata", Metadata$outboundSchema.nullable()],
    topLogprobs: ["top_logprobs", z.int().gte(0).lte(20).nullable().optional()],
    temperature: ["temperature", z.number().gte(0).lte(2).nullable()],
    topP: ["top_p", z.number().gte(0).lte(1).nullable()],
    user: ["user", z.string().optional()],
    safetyIdentifier: ["safety_identifier", z.string().max(64).nullable().optional()],
    promptCacheKey: ["prompt_cache_key", z.string().nullable().optional()],
    promptCacheRetention: ["prompt_cache_retention", ResponsePromptCacheRetention$outboundSchema.nullable().optional()],
    previousResponseId: ["previous_response_id", z.string().nullable().optional()],
    model: ["model", ModelIdsResponses$outboundSchema],
    background: ["background", z.boolean().nullable().optional()],
    maxToolCalls: ["max_tool_calls", z.int().nullable().optional()],
    text: ["text", ResponseTextParam$outboundSchema.optional()],
    tools: ["tools", ToolsArray$outboundSchema],
    toolChoice: ["tool_choice", ToolChoiceParam$outboundSchema],
    prompt: ["prompt", Prompt$outboundSchema.nullable().optional()],
    serviceTier: ["service_tier", ServiceTierResponses$outboundSchema.nullable().optional()],
    truncation: ["truncation", ResponseTruncation$outboundSchema.nullable().optional()],
    id: ["id", z.string()],
    object: ["object", ResponseObject$outboundSchema],
    status: ["status", ResponseStatus$outboundSchema.optional()],
    createdAt: ["created_at", z.number()],
    completedAt: ["completed_at", z.number().nullable().optional()],
    error: ["error", ResponseError$outboundSchema.nullable()],
    incompleteDetails: ["incomplete_details", ResponseIncompleteDetails$outboundSchema.nullable()],
    output: ["output", z.array(OutputItem$outboundSchema)],
    reasoning: ["reasoning", Reasoning$outboundSchema.nullable().optional()],
    instructions: ["instructions", ResponseInstructions$outboundSchema.nullable()],
    outputText: ["output_text", z.string().nullable().optional()],
    usage: ["usage", ResponseUsage$outboundSchema.optional()],
    promptCacheOptions: ["prompt_cache_options", PromptCacheOptions$outboundSchema.optional()],
    moderation: ["moderation", Moderation$outboundSchema.nullable().optional()],
    parallelToolCalls: ["parallel_tool_calls", z.boolean()],
    conversation: ["conversation", ResponseConversation$outboundSchema.nullable().optional()],
    maxOutputTokens: ["max_output_tokens", z.int().nullable().optional()],
  },
);

export function responseToJSON(value: Response): string {
  return stringifyJSON(value, Response$outboundSchema, "Response");
}

export function responseFromJSON(
  jsonString: string,
): SafeParseResult<Response, SDKValidationError> {
  return safeParseJSON(jsonString, Response$inboundSchema, "Response");
}
