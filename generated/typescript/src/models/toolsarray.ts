// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import { Tool$inboundSchema, Tool$outboundSchema, type Tool, type Tool$Outbound } from "./tool.js";

export type ToolsArray = Array<Tool>;

/** ToolsArray as it is sent on the wire. */
export type ToolsArray$Outbound = Array<Tool$Outbound>;

export const ToolsArray$inboundSchema: z.ZodType<ToolsArray, unknown> = z.array(Tool$inboundSchema);

export const ToolsArray$outboundSchema: z.ZodType<ToolsArray$Outbound, ToolsArray> = z.array(Tool$outboundSchema);

export function toolsArrayToJSON(value: ToolsArray): string {
  return stringifyJSON(value, ToolsArray$outboundSchema, "ToolsArray");
}

export function toolsArrayFromJSON(
  jsonString: string,
): SafeParseResult<ToolsArray, SDKValidationError> {
  return safeParseJSON(jsonString, ToolsArray$inboundSchema, "ToolsArray");
}
