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
  RefusalContent$inboundSchema,
  RefusalContent$outboundSchema,
  type RefusalContent,
  type RefusalContent$Outbound,
} from "./refusalcontent.js";

export type OutputMessageContent =
  | OutputTextContent
  | RefusalContent
  | OutputMessageContentUnknown;

/**
 * The member of OutputMessageContent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type OutputMessageContentUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isOutputMessageContentUnknown(value: OutputMessageContent): value is OutputMessageContentUnknown {
  return value.type === undefined;
}

/** OutputMessageContent as it is sent on the wire. */
export type OutputMessageContent$Outbound =
  | OutputTextContent$Outbound
  | RefusalContent$Outbound
  | { [k: string]: unknown };

export const OutputMessageContent$inboundSchema: z.ZodType<OutputMessageContent, unknown> = discriminatedUnionInbound(
  "type",
  {
    output_text: OutputTextContent$inboundSchema,
    refusal: RefusalContent$inboundSchema,
  },
);

export const OutputMessageContent$outboundSchema: z.ZodType<OutputMessageContent$Outbound, OutputMessageContent> = discriminatedUnionOutbound(
  "type",
  {
    output_text: OutputTextContent$outboundSchema,
    refusal: RefusalContent$outboundSchema,
  },
);

export function outputMessageContentToJSON(value: OutputMessageContent): string {
  return stringifyJSON(value, OutputMessageContent$outboundSchema, "OutputMessageContent");
}

export function outputMessageContentFromJSON(
  jsonString: string,
): SafeParseResult<OutputMessageContent, SDKValidationError> {
  return safeParseJSON(jsonString, OutputMessageContent$inboundSchema, "OutputMessageContent");
}
