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
  InputFileContent$inboundSchema,
  InputFileContent$outboundSchema,
  type InputFileContent,
  type InputFileContent$Outbound,
} from "./inputfilecontent.js";
import {
  InputImageContent$inboundSchema,
  InputImageContent$outboundSchema,
  type InputImageContent,
  type InputImageContent$Outbound,
} from "./inputimagecontent.js";
import {
  InputTextContent$inboundSchema,
  InputTextContent$outboundSchema,
  type InputTextContent,
  type InputTextContent$Outbound,
} from "./inputtextcontent.js";

export type InputContent =
  | InputTextContent
  | InputImageContent
  | InputFileContent
  | InputContentUnknown;

/**
 * The member of InputContent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type InputContentUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isInputContentUnknown(value: InputContent): value is InputContentUnknown {
  return value.type === undefined;
}

/** InputContent as it is sent on the wire. */
export type InputContent$Outbound =
  | InputTextContent$Outbound
  | InputImageContent$Outbound
  | InputFileContent$Outbound
  | { [k: string]: unknown };

export const InputContent$inboundSchema: z.ZodType<InputContent, unknown> = discriminatedUnionInbound(
  "type",
  {
    input_text: InputTextContent$inboundSchema,
    input_image: InputImageContent$inboundSchema,
    input_file: InputFileContent$inboundSchema,
  },
);

export const InputContent$outboundSchema: z.ZodType<InputContent$Outbound, InputContent> = discriminatedUnionOutbound(
  "type",
  {
    input_text: InputTextContent$outboundSchema,
    input_image: InputImageContent$outboundSchema,
    input_file: InputFileContent$outboundSchema,
  },
);

export function inputContentToJSON(value: InputContent): string {
  return stringifyJSON(value, InputContent$outboundSchema, "InputContent");
}

export function inputContentFromJSON(
  jsonString: string,
): SafeParseResult<InputContent, SDKValidationError> {
  return safeParseJSON(jsonString, InputContent$inboundSchema, "InputContent");
}
