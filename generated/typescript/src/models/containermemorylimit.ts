// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ContainerMemoryLimit = {
  Oneg: "1g",
  Fourg: "4g",
  Sixteeng: "16g",
  SixtyFourg: "64g",
} as const;
export type ContainerMemoryLimit = ClosedEnum<typeof ContainerMemoryLimit>;

export const ContainerMemoryLimit$inboundSchema: z.ZodType<ContainerMemoryLimit, unknown> = enumSchema(ContainerMemoryLimit);

export const ContainerMemoryLimit$outboundSchema: z.ZodType<ContainerMemoryLimit, ContainerMemoryLimit> = enumSchema(ContainerMemoryLimit);

export function containerMemoryLimitToJSON(value: ContainerMemoryLimit): string {
  return stringifyJSON(value, ContainerMemoryLimit$outboundSchema, "ContainerMemoryLimit");
}

export function containerMemoryLimitFromJSON(
  jsonString: string,
): SafeParseResult<ContainerMemoryLimit, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerMemoryLimit$inboundSchema, "ContainerMemoryLimit");
}
