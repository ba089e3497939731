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

export const TopLogProb$inboundSchema: z.ZodType<TopLogProb, unknown> = objectInbound(
  {
    token: z.string(),
    logprob: z.number(),
    bytes: z.array(z.int()),
  },
  (v) => ({
    token: v.token,
    logprob: v.logprob,
    bytes: v.bytes,
    ...collectAdditionalProperties(v, ["token", "logprob", "bytes"]),
  }),
);

export const TopLogProb$outboundSchema: z.ZodType<TopLogProb$Outbound, TopLogProb> = objectOutbound(
  {
    token: z.string(),
    logprob: z.number(),
    bytes: z.array(z.int()),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    token: v.token,
    logprob: v.logprob,
    bytes: v.bytes,
    ...emitAdditionalProperties(v.additionalProperties, ["token", "logprob", "bytes"]),
  }),
);

export function topLogProbToJSON(value: TopLogProb): string {
  return stringifyJSON(value, TopLogProb$outboundSchema, "TopLogProb");
}

export function topLogProbFromJSON(
  jsonString: string,
): SafeParseResult<TopLogProb, SDKValidationError> {
  return safeParseJSON(jsonString, TopLogProb$inboundSchema, "TopLogProb");
}
