// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  InputContent$inboundSchema,
  InputContent$outboundSchema,
  type InputContent,
  type InputContent$Outbound,
} from "./inputcontent.js";

export type InputMessageContentList = Array<InputContent>;

/** InputMessageContentList as it is sent on the wire. */
export type InputMessageContentList$Outbound = Array<InputContent$Outbound>;

export const InputMessageContentList$inboundSchema: z.ZodType<InputMessageContentList, unknown> = z.array(InputContent$inboundSchema);

export const InputMessageContentList$outboundSchema: z.ZodType<InputMessageContentList$Outbound, InputMessageContentList> = z.array(InputContent$outboundSchema);

export function inputMessageContentListToJSON(value: InputMessageContentList): string {
  return stringifyJSON(value, InputMessageContentList$outboundSchema, "InputMessageContentList");
}

export function inputMessageContentListFromJSON(
  jsonString: string,
): SafeParseResult<InputMessageContentList, SDKValidationError> {
  return safeParseJSON(jsonString, InputMessageContentList$inboundSchema, "InputMessageContentList");
}
