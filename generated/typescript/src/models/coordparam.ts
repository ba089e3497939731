// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { objectInbound, objectOutbound, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type CoordParam = {
  x: number;
  y: number;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** CoordParam as it is sent on the wire. */
export type CoordParam$Outbound = {
  x: number;
  y: number;
  [k: string]: unknown;
};

export const CoordParam$inboundSchema: z.ZodType<CoordParam, unknown> = objectInbound<CoordParam>(
  {
    x: ["x", z.int()],
    y: ["y", z.int()],
  },
);

export const CoordParam$outboundSchema: z.ZodType<CoordParam$Outbound, CoordParam> = objectOutbound<CoordParam, CoordParam$Outbound>(
  {
    x: ["x", z.int()],
    y: ["y", z.int()],
  },
);

export function coordParamToJSON(value: CoordParam): string {
  return stringifyJSON(value, CoordParam$outboundSchema, "CoordParam");
}

export function coordParamFromJSON(
  jsonString: string,
): SafeParseResult<CoordParam, SDKValidationError> {
  return safeParseJSON(jsonString, CoordParam$inboundSchema, "CoordParam");
}
