// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type TopLogProb = {
  token: string;
  logprob: number;
  bytes: Array<number>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** TopLogProb as it is sent on the wire. */
export type TopLogProb$Outbound = {
  token: string;
  logprob: number;
  bytes: Array<number>;
  [k: string]: unknown;
};

export const TopLogProb$inboundSchema: z.ZodType<TopLogProb, unknown> = objectInbound<TopLogProb>(
  {
    token: ["token", z.string()],
    logprob: ["logprob", z.number()],
    bytes: ["bytes", z.array(z.int())],
  },
);

export const TopLogProb$outboundSchema: z.ZodType<TopLogProb$Outbound, TopLogProb> = objectOutbound<TopLogProb, TopLogProb$Outbound>(
  {
    token: ["token", z.string()],
    logprob: ["logprob", z.number()],
    bytes: ["bytes", z.array(z.int())],
  },
);

export function topLogProbToJSON(value: TopLogProb): string {
  return stringifyJSON(value, TopLogProb$outboundSchema, "TopLogProb");
}

export function topLogProbFromJSON(
  jsonString: string,
): SafeParseResult<TopLogProb, SDKValidationError> {
  return safeParseJSON(jsonString, TopLogProb$inboundSchema, "TopLogProb");
}
