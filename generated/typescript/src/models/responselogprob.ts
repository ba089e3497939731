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

export type ResponseLogProbTopLogprobs = {
  token?: string | undefined;
  logprob?: number | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseLogProbTopLogprobs as it is sent on the wire. */
export type ResponseLogProbTopLogprobs$Outbound = {
  token?: string | undefined;
  logprob?: number | undefined;
  [k: string]: unknown;
};

export const ResponseLogProbTopLogprobs$inboundSchema: z.ZodType<ResponseLogProbTopLogprobs, unknown> = objectInbound(
  {
    token: z.string().optional(),
    logprob: z.number().optional(),
  },
  (v) => ({
    ...(v.token === undefined ? {} : { token: v.token }),
    ...(v.logprob === undefined ? {} : { logprob: v.logprob }),
    ...collectAdditionalProperties(v, ["token", "logprob"]),
  }),
);

export const ResponseLogProbTopLogprobs$outboundSchema: z.ZodType<ResponseLogProbTopLogprobs$Outbound, ResponseLogProbTopLogprobs> = objectOutbound(
  {
    token: z.string().optional(),
    logprob: z.number().optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    ...(v.token === undefined ? {} : { token: v.token }),
    ...(v.logprob === undefined ? {} : { logprob: v.logprob }),
    ...emitAdditionalProperties(v.additionalProperties, ["token", "logprob"]),
  }),
);

export function responseLogProbTopLogprobsToJSON(value: ResponseLogProbTopLogprobs): string {
  return stringifyJSON(value, ResponseLogProbTopLogprobs$outboundSchema, "ResponseLogProbTopLogprobs");
}

export function responseLogProbTopLogprobsFromJSON(
  jsonString: string,
): SafeParseResult<ResponseLogProbTopLogprobs, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseLogProbTopLogprobs$inboundSchema, "ResponseLogProbTopLogprobs");
}

export type ResponseLogProb = {
  token: string;
  logprob: number;
  topLogprobs?: Array<ResponseLogProbTopLogprobs> | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ResponseLogProb as it is sent on the wire. */
export type ResponseLogProb$Outbound = {
  token: string;
  logprob: number;
  top_logprobs?: Array<ResponseLogProbTopLogprobs$Outbound> | undefined;
  [k: string]: unknown;
};

export const ResponseLogProb$inboundSchema: z.ZodType<ResponseLogProb, unknown> = objectInbound(
  {
    token: z.string(),
    logprob: z.number(),
    top_logprobs: z.array(ResponseLogProbTopLogprobs$inboundSchema).optional(),
  },
  (v) => ({
    token: v.token,
    logprob: v.logprob,
    ...(v.top_logprobs === undefined ? {} : { topLogprobs: v.top_logprobs }),
    ...collectAdditionalProperties(v, ["token", "logprob", "top_logprobs"]),
  }),
);

export const ResponseLogProb$outboundSchema: z.ZodType<ResponseLogProb$Outbound, ResponseLogProb> = objectOutbound(
  {
    token: z.string(),
    logprob: z.number(),
    topLogprobs: z.array(ResponseLogProbTopLogprobs$outboundSchema).optional(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    token: v.token,
    logprob: v.logprob,
    ...(v.topLogprobs === undefined ? {} : { top_logprobs: v.topLogprobs }),
    ...emitAdditionalProperties(v.additionalProperties, ["token", "logprob", "top_logprobs"]),
  }),
);

export function responseLogProbToJSON(value: ResponseLogProb): string {
  return stringifyJSON(value, ResponseLogProb$outboundSchema, "ResponseLogProb");
}

export function responseLogProbFromJSON(
  jsonString: string,
): SafeParseResult<ResponseLogProb, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseLogProb$inboundSchema, "ResponseLogProb");
}
