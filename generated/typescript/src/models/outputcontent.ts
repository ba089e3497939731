// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  OutputTextContent$inboundSchema,
  OutputTextContent$outboundSchema,
  type OutputTextContent,
  type OutputTextContent$Outbound,
} from "./outputtextcontent.js";
import {
  ReasoningTextContent$inboundSchema,
  ReasoningTextContent$outboundSchema,
  type ReasoningTextContent,
  type ReasoningTextContent$Outbound,
} from "./reasoningtextcontent.js";
import {
  RefusalContent$inboundSchema,
  RefusalContent$outboundSchema,
  type RefusalContent,
  type RefusalContent$Outbound,
} from "./refusalcontent.js";

export type OutputContent =
  | OutputTextContent
  | RefusalContent
  | ReasoningTextContent
  | OutputContentUnknown;

/**
 * The member of OutputContent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type OutputContentUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isOutputContentUnknown(value: OutputContent): value is OutputContentUnknown {
  return value.type === undefined;
}

/** OutputContent as it is sent on the wire. */
export type OutputContent$Outbound =
  | OutputTextContent$Outbound
  | RefusalContent$Outbound
  | ReasoningTextContent$Outbound
  | { [k: string]: unknown };

export const OutputContent$inboundSchema: z.ZodType<OutputContent, unknown> = discriminatedUnionInbound(
  "type",
  {
    output_text: OutputTextContent$inboundSchema,
    refusal: RefusalContent$inboundSchema,
    reasoning_text: ReasoningTextContent$inboundSchema,
  },
);

export const OutputContent$outboundSchema: z.ZodType<OutputContent$Outbound, OutputContent> = discriminatedUnionOutbound(
  "type",
  {
    output_text: OutputTextContent$outboundSchema,
    refusal: RefusalContent$outboundSchema,
    reasoning_text: ReasoningTextContent$outboundSchema,
  },
);

export function outputContentToJSON(value: OutputContent): string {
  return stringifyJSON(value, OutputContent$outboundSchema, "OutputContent");
}

export function outputContentFromJSON(
  jsonString: string,
): SafeParseResult<OutputContent, SDKValidationError> {
  return safeParseJSON(jsonString, OutputContent$inboundSchema, "OutputContent");
}
