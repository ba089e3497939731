// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  ResponsePromptVariables$inboundSchema,
  ResponsePromptVariables$outboundSchema,
  type ResponsePromptVariables,
  type ResponsePromptVariables$Outbound,
} from "./responsepromptvariables.js";

export type Prompt = {
  id: string;
  version?: string | null | undefined;
  variables?: ResponsePromptVariables | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** Prompt as it is sent on the wire. */
export type Prompt$Outbound = {
  id: string;
  version?: string | null | undefined;
  variables?: ResponsePromptVariables$Outbound | null | undefined;
  [k: string]: unknown;
};

export const Prompt$inboundSchema: z.ZodType<Prompt, unknown> = objectInbound<Prompt>(
  {
    id: ["id", z.string()],
    version: ["version", z.string().nullable().optional()],
    variables: ["variables", ResponsePromptVariables$inboundSchema.nullable().optional()],
  },
);

export const Prompt$outboundSchema: z.ZodType<Prompt$Outbound, Prompt> = objectOutbound<Prompt, Prompt$Outbound>(
  {
    id: ["id", z.string()],
    version: ["version", z.string().nullable().optional()],
    variables: ["variables", ResponsePromptVariables$outboundSchema.nullable().optional()],
  },
);

export function promptToJSON(value: Prompt | null): string {
  return stringifyJSON(value, Prompt$outboundSchema.nullable(), "Prompt");
}

export function promptFromJSON(
  jsonString: string,
): SafeParseResult<Prompt | null, SDKValidationError> {
  return safeParseJSON(jsonString, Prompt$inboundSchema.nullable(), "Prompt");
}
