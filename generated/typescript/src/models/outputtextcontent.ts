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
} from "../lib/schemas.js";
import {
  Annotation$inboundSchema,
  Annotation$outboundSchema,
  type Annotation,
  type Annotation$Outbound,
} from "./annotation.js";
import {
  LogProb$inboundSchema,
  LogProb$outboundSchema,
  type LogProb,
  type LogProb$Outbound,
} from "./logprob.js";

export const OutputTextContentType = {
  OutputText: "output_text",
} as const;
export type OutputTextContentType = ClosedEnum<typeof OutputTextContentType>;

export const OutputTextContentType$inboundSchema: z.ZodType<OutputTextContentType, unknown> = enumSchema(OutputTextContentType);

export const OutputTextContentType$outboundSchema: z.ZodType<OutputTextContentType, OutputTextContentType> = enumSchema(OutputTextContentType);

export function outputTextContentTypeToJSON(value: OutputTextContentType): string {
  return stringifyJSON(value, OutputTextContentType$outboundSchema, "OutputTextContentType");
}

export function outputTextContentTypeFromJSON(
  jsonString: string,
): SafeParseResult<OutputTextContentType, SDKValidationError> {
  return safeParseJSON(jsonString, OutputTextContentType$inboundSchema, "OutputTextContentType");
}

export type OutputTextContent = {
  type: OutputTextContentType;
  text: string;
  annotations: Array<Annotation>;
  logprobs: Array<LogProb>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** OutputTextContent as it is sent on the wire. */
export type OutputTextContent$Outbound = {
  type: OutputTextContentType;
  text: string;
  annotations: Array<Annotation$Outbound>;
  logprobs: Array<LogProb$Outbound>;
  [k: string]: unknown;
};

export const OutputTextContent$inboundSchema: z.ZodType<OutputTextContent, unknown> = objectInbound<OutputTextContent>(
  {
    type: ["type", OutputTextContentType$inboundSchema],
    text: ["text", z.string()],
    annotations: ["annotations", z.array(Annotation$inboundSchema)],
    logprobs: ["logprobs", z.array(LogProb$inboundSchema)],
  },
);

export const OutputTextContent$outboundSchema: z.ZodType<OutputTextContent$Outbound, OutputTextContent> = objectOutbound<OutputTextContent, OutputTextContent$Outbound>(
  {
    type: ["type", OutputTextContentType$outboundSchema],
    text: ["text", z.string()],
    annotations: ["annotations", z.array(Annotation$outboundSchema)],
    logprobs: ["logprobs", z.array(LogProb$outboundSchema)],
  },
);

export function outputTextContentToJSON(value: OutputTextContent): string {
  return stringifyJSON(value, OutputTextContent$outboundSchema, "OutputTextContent");
}

export function outputTextContentFromJSON(
  jsonString: string,
): SafeParseResult<OutputTextContent, SDKValidationError> {
  return safeParseJSON(jsonString, OutputTextContent$inboundSchema, "OutputTextContent");
}
