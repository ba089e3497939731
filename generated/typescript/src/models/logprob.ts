// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
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

export const LogProb$inboundSchema: z.ZodType<LogProb, unknown> = objectInbound<LogProb>(
  {
    token: ["token", z.string()],
    logprob: ["logprob", z.number()],
    bytes: ["bytes", z.array(z.int())],
    topLogprobs: ["top_logprobs", z.array(TopLogProb$inboundSchema)],
  },
);

export const LogProb$outboundSchema: z.ZodType<LogProb$Outbound, LogProb> = objectOutbound<LogProb, LogProb$Outbound>(
  {
    token: ["token", z.string()],
    logprob: ["logprob", z.number()],
    bytes: ["bytes", z.array(z.int())],
    topLogprobs: ["top_logprobs", z.array(TopLogProb$outboundSchema)],
  },
);

export function logProbToJSON(value: LogProb): string {
  return stringifyJSON(value, LogProb$outboundSchema, "LogProb");
}

export function logProbFromJSON(
  jsonString: string,
): SafeParseResult<LogProb, SDKValidationError> {
  return safeParseJSON(jsonString, LogProb$inboundSchema, "LogProb");
}
