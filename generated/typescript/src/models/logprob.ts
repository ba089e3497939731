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
  TopLogProb$inboundSchema,
  TopLogProb$outboundSchema,
  type TopLogProb,
  type TopLogProb$Outbound,
} from "./toplogprob.js";

export type LogProb = {
  token: string;
  logprob: number;
  bytes: Array<number>;
  topLogprobs: Array<TopLogProb>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LogProb as it is sent on the wire. */
export type LogProb$Outbound = {
  token: string;
  logprob: number;
  bytes: Array<number>;
  top_logprobs: Array<TopLogProb$Outbound>;
  [k: string]: unknown;
};

export const LogProb$inboundSchema: z.ZodType<LogProb, unknown> = objectInbound(
  {
    token: z.string(),
    logprob: z.number(),
    bytes: z.array(z.int()),
    top_logprobs: z.array(TopLogProb$inboundSchema),
  },
  (v) => ({
    token: v.token,
    logprob: v.logprob,
    bytes: v.bytes,
    topLogprobs: v.top_logprobs,
    ...collectAdditionalProperties(v, ["token", "logprob", "bytes", "top_logprobs"]),
  }),
);

export const LogProb$outboundSchema: z.ZodType<LogProb$Outbound, LogProb> = objectOutbound(
  {
    token: z.string(),
    logprob: z.number(),
    bytes: z.array(z.int()),
    topLogprobs: z.array(TopLogProb$outboundSchema),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    token: v.token,
    logprob: v.logprob,
    bytes: v.bytes,
    top_logprobs: v.topLogprobs,
    ...emitAdditionalProperties(v.additionalProperties, ["token", "logprob", "bytes", "top_logprobs"]),
  }),
);

export function logProbToJSON(value: LogProb): string {
  return stringifyJSON(value, LogProb$outboundSchema, "LogProb");
}

export function logProbFromJSON(
  jsonString: string,
): SafeParseResult<LogProb, SDKValidationError> {
  return safeParseJSON(jsonString, LogProb$inboundSchema, "LogProb");
}
