// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { safeParseJSON, stringifyJSON } from "../lib/schemas.js";
import {
  ComputerAction$inboundSchema,
  ComputerAction$outboundSchema,
  type ComputerAction,
  type ComputerAction$Outbound,
} from "./computeraction.js";

export type ComputerActionList = Array<ComputerAction>;

/** ComputerActionList as it is sent on the wire. */
export type ComputerActionList$Outbound = Array<ComputerAction$Outbound>;

export const ComputerActionList$inboundSchema: z.ZodType<ComputerActionList, unknown> = z.array(ComputerAction$inboundSchema);

export const ComputerActionList$outboundSchema: z.ZodType<ComputerActionList$Outbound, ComputerActionList> = z.array(ComputerAction$outboundSchema);

export function computerActionListToJSON(value: ComputerActionList): string {
  return stringifyJSON(value, ComputerActionList$outboundSchema, "ComputerActionList");
}

export function computerActionListFromJSON(
  jsonString: string,
): SafeParseResult<ComputerActionList, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerActionList$inboundSchema, "ComputerActionList");
}
