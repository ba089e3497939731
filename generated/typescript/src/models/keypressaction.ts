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

export const KeyPressActionType = {
  Keypress: "keypress",
} as const;
export type KeyPressActionType = ClosedEnum<typeof KeyPressActionType>;

export const KeyPressActionType$inboundSchema: z.ZodType<KeyPressActionType, unknown> = enumSchema(KeyPressActionType);

export const KeyPressActionType$outboundSchema: z.ZodType<KeyPressActionType, KeyPressActionType> = enumSchema(KeyPressActionType);

export function keyPressActionTypeToJSON(value: KeyPressActionType): string {
  return stringifyJSON(value, KeyPressActionType$outboundSchema, "KeyPressActionType");
}

export function keyPressActionTypeFromJSON(
  jsonString: string,
): SafeParseResult<KeyPressActionType, SDKValidationError> {
  return safeParseJSON(jsonString, KeyPressActionType$inboundSchema, "KeyPressActionType");
}

export type KeyPressAction = {
  type: KeyPressActionType;
  keys: Array<string>;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** KeyPressAction as it is sent on the wire. */
export type KeyPressAction$Outbound = {
  type: KeyPressActionType;
  keys: Array<string>;
  [k: string]: unknown;
};

export const KeyPressAction$inboundSchema: z.ZodType<KeyPressAction, unknown> = objectInbound<KeyPressAction>(
  {
    type: ["type", KeyPressActionType$inboundSchema],
    keys: ["keys", z.array(z.string())],
  },
);

export const KeyPressAction$outboundSchema: z.ZodType<KeyPressAction$Outbound, KeyPressAction> = objectOutbound<KeyPressAction, KeyPressAction$Outbound>(
  {
    type: ["type", KeyPressActionType$outboundSchema],
    keys: ["keys", z.array(z.string())],
  },
);

export function keyPressActionToJSON(value: KeyPressAction): string {
  return stringifyJSON(value, KeyPressAction$outboundSchema, "KeyPressAction");
}

export function keyPressActionFromJSON(
  jsonString: string,
): SafeParseResult<KeyPressAction, SDKValidationError> {
  return safeParseJSON(jsonString, KeyPressAction$inboundSchema, "KeyPressAction");
}
