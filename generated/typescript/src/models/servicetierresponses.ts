// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export const ServiceTierResponses = {
  Auto: "auto",
  Default: "default",
  Flex: "flex",
  Scale: "scale",
  Priority: "priority",
  Fast: "fast",
  Ultrafast: "ultrafast",
} as const;
export type ServiceTierResponses = ClosedEnum<typeof ServiceTierResponses>;

export const ServiceTierResponses$inboundSchema: z.ZodType<ServiceTierResponses, unknown> = enumSchema(ServiceTierResponses);

export const ServiceTierResponses$outboundSchema: z.ZodType<ServiceTierResponses, ServiceTierResponses> = enumSchema(ServiceTierResponses);

export function serviceTierResponsesToJSON(value: ServiceTierResponses | null): string {
  return stringifyJSON(value, ServiceTierResponses$outboundSchema.nullable(), "ServiceTierResponses");
}

export function serviceTierResponsesFromJSON(
  jsonString: string,
): SafeParseResult<ServiceTierResponses | null, SDKValidationError> {
  return safeParseJSON(jsonString, ServiceTierResponses$inboundSchema.nullable(), "ServiceTierResponses");
}
