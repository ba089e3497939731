// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type LocalSkillParam = {
  name: string;
  description: string;
  path: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** LocalSkillParam as it is sent on the wire. */
export type LocalSkillParam$Outbound = {
  name: string;
  description: string;
  path: string;
  [k: string]: unknown;
};

export const LocalSkillParam$inboundSchema: z.ZodType<LocalSkillParam, unknown> = objectInbound<LocalSkillParam>(
  {
    name: ["name", z.string()],
    description: ["description", z.string()],
    path: ["path", z.string()],
  },
);

export const LocalSkillParam$outboundSchema: z.ZodType<LocalSkillParam$Outbound, LocalSkillParam> = objectOutbound<LocalSkillParam, LocalSkillParam$Outbound>(
  {
    name: ["name", z.string()],
    description: ["description", z.string()],
    path: ["path", z.string()],
  },
);

export function localSkillParamToJSON(value: LocalSkillParam): string {
  return stringifyJSON(value, LocalSkillParam$outboundSchema, "LocalSkillParam");
}

export function localSkillParamFromJSON(
  jsonString: string,
): SafeParseResult<LocalSkillParam, SDKValidationError> {
  return safeParseJSON(jsonString, LocalSkillParam$inboundSchema, "LocalSkillParam");
}
