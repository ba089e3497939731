// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

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

export const ResponseLogProbTopLogprobs$inboundSchema: z.ZodType<ResponseLogProbTopLogprobs, unknown> = objectInbound<ResponseLogProbTopLogprobs>(
  {
    token: ["token", z.string().optional()],
    logprob: ["logprob", z.number().optional()],
  },
);

export const ResponseLogProbTopLogprobs$outboundSchema: z.ZodType<ResponseLogProbTopLogprobs$Outbound, ResponseLogProbTopLogprobs> = objectOutbound<ResponseLogProbTopLogprobs, ResponseLogProbTopLogprobs$Outbound>(
  {
    token: ["token", z.string().optional()],
    logprob: ["logprob", z.number().optional()],
  },
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

export const ResponseLogProb$inboundSchema: z.ZodType<ResponseLogProb, unknown> = objectInbound<ResponseLogProb>(
  {
    token: ["token", z.string()],
    logprob: ["logprob", z.number()],
    topLogprobs: ["top_logprobs", z.array(ResponseLogProbTopLogprobs$inboundSchema).optional()],
  },
);

export const ResponseLogProb$outboundSchema: z.ZodType<ResponseLogProb$Outbound, ResponseLogProb> = objectOutbound<ResponseLogProb, ResponseLogProb$Outbound>(
  {
    token: ["token", z.string()],
    logprob: ["logprob", z.number()],
    topLogprobs: ["top_logprobs", z.array(ResponseLogProbTopLogprobs$outboundSchema).optional()],
  },
);

export function responseLogProbToJSON(value: ResponseLogProb): string {
  return stringifyJSON(value, ResponseLogProb$outboundSchema, "ResponseLogProb");
}

export function responseLogProbFromJSON(
  jsonString: string,
): SafeParseResult<ResponseLogProb, SDKValidationError> {
  return safeParseJSON(jsonString, ResponseLogProb$inboundSchema, "ResponseLogProb");
}
