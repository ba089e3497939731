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
import {
  CoordParam$inboundSchema,
  CoordParam$outboundSchema,
  type CoordParam,
  type CoordParam$Outbound,
} from "./coordparam.js";

export const DragParamType = {
  Drag: "drag",
} as const;
export type DragParamType = ClosedEnum<typeof DragParamType>;

export const DragParamType$inboundSchema: z.ZodType<DragParamType, unknown> = enumSchema(DragParamType);

export const DragParamType$outboundSchema: z.ZodType<DragParamType, DragParamType> = enumSchema(DragParamType);

export function dragParamTypeToJSON(value: DragParamType): string {
  return stringifyJSON(value, DragParamType$outboundSchema, "DragParamType");
}

export function dragParamTypeFromJSON(
  jsonString: string,
): SafeParseResult<DragParamType, SDKValidationError> {
  return safeParseJSON(jsonString, DragParamType$inboundSchema, "DragParamType");
}

export type DragParam = {
  type: DragParamType;
  path: Array<CoordParam>;
  keys?: Array<string> | null | undefined;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** DragParam as it is sent on the wire. */
export type DragParam$Outbound = {
  type: DragParamType;
  path: Array<CoordParam$Outbound>;
  keys?: Array<string> | null | undefined;
  [k: string]: unknown;
};

export const DragParam$inboundSchema: z.ZodType<DragParam, unknown> = objectInbound<DragParam>(
  {
    type: ["type", DragParamType$inboundSchema],
    path: ["path", z.array(CoordParam$inboundSchema)],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export const DragParam$outboundSchema: z.ZodType<DragParam$Outbound, DragParam> = objectOutbound<DragParam, DragParam$Outbound>(
  {
    type: ["type", DragParamType$outboundSchema],
    path: ["path", z.array(CoordParam$outboundSchema)],
    keys: ["keys", z.array(z.string()).nullable().optional()],
  },
);

export function dragParamToJSON(value: DragParam): string {
  return stringifyJSON(value, DragParam$outboundSchema, "DragParam");
}

export function dragParamFromJSON(
  jsonString: string,
): SafeParseResult<DragParam, SDKValidationError> {
  return safeParseJSON(jsonString, DragParam$inboundSchema, "DragParam");
}
