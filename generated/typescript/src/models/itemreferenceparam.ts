// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  enumSchema,
  objectInbound,
  objectOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";

export const ItemReferenceParamType = {
  ItemReference: "item_reference",
} as const;
export type ItemReferenceParamType = ClosedEnum<typeof ItemReferenceParamType>;

export const ItemReferenceParamType$inboundSchema: z.ZodType<ItemReferenceParamType, unknown> = enumSchema(ItemReferenceParamType);

export const ItemReferenceParamType$outboundSchema: z.ZodType<ItemReferenceParamType, ItemReferenceParamType> = enumSchema(ItemReferenceParamType);

export function itemReferenceParamTypeToJSON(value: ItemReferenceParamType): string {
  return stringifyJSON(value, ItemReferenceParamType$outboundSchema, "ItemReferenceParamType");
}

export function itemReferenceParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<ItemReferenceParamType, SDKValidationError> {
  return safeParseJSON(jsonString, ItemReferenceParamType$inboundSchema, "ItemReferenceParamType");
}

export type ItemReferenceParam = {
  type?: ItemReferenceParamType | null | undefined;
  id: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ItemReferenceParam as it is sent on the wire. */
export type ItemReferenceParam$Outbound = {
  type?: ItemReferenceParamType | null | undefined;
  id: string;
  [k: string]: unknown;
};

export const ItemReferenceParam$inboundSchema: z.ZodType<ItemReferenceParam, unknown> = objectInbound<ItemReferenceParam>(
  {
    type: ["type", ItemReferenceParamType$inboundSchema.nullable().optional()],
    id: ["id", z.string()],
  },
);

export const ItemReferenceParam$outboundSchema: z.ZodType<ItemReferenceParam$Outbound, ItemReferenceParam> = objectOutbound<ItemReferenceParam, ItemReferenceParam$Outbound>(
  {
    type: ["type", ItemReferenceParamType$outboundSchema.nullable().optional()],
    id: ["id", z.string()],
  },
);

export function itemReferenceParamToJSON(value: ItemReferenceParam): string {
  return stringifyJSON(value, ItemReferenceParam$outboundSchema, "ItemReferenceParam");
}

export function itemReferenceParamFromJSON(
  jsonString: string,
): SafeParseResult<ItemReferenceParam, SDKValidationError> {
  return safeParseJSON(jsonString, ItemReferenceParam$inboundSchema, "ItemReferenceParam");
}
