// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  safeParseJSON,
  stringifyJSON,
  untaggedUnionInbound,
  untaggedUnionOutbound,
} from "../lib/schemas.js";
import {
  CompactionTriggerItemParam$inboundSchema,
  CompactionTriggerItemParam$outboundSchema,
  type CompactionTriggerItemParam,
  type CompactionTriggerItemParam$Outbound,
} from "./compactiontriggeritemparam.js";
import {
  EasyInputMessage$inboundSchema,
  EasyInputMessage$outboundSchema,
  type EasyInputMessage,
  type EasyInputMessage$Outbound,
} from "./easyinputmessage.js";
import { Item$inboundSchema, Item$outboundSchema, type Item, type Item$Outbound } from "./item.js";
import {
  ItemReferenceParam$inboundSchema,
  ItemReferenceParam$outboundSchema,
  type ItemReferenceParam,
  type ItemReferenceParam$Outbound,
} from "./itemreferenceparam.js";
import {
  ProgramItemParam$inboundSchema,
  ProgramItemParam$outboundSchema,
  type ProgramItemParam,
  type ProgramItemParam$Outbound,
} from "./programitemparam.js";
import {
  ProgramOutputItemParam$inboundSchema,
  ProgramOutputItemParam$outboundSchema,
  type ProgramOutputItemParam,
  type ProgramOutputItemParam$Outbound,
} from "./programoutputitemparam.js";

export type InputItem =
  | EasyInputMessage
  | Item
  | CompactionTriggerItemParam
  | ItemReferenceParam
  | ProgramItemParam
  | ProgramOutputItemParam;

/** InputItem as it is sent on the wire. */
export type InputItem$Outbound =
  | EasyInputMessage$Outbound
  | Item$Outbound
  | CompactionTriggerItemParam$Outbound
  | ItemReferenceParam$Outbound
  | ProgramItemParam$Outbound
  | ProgramOutputItemParam$Outbound;

/** Decodes a value as the first of these alternatives that accepts it. */
export const InputItem$inboundSchema: z.ZodType<InputItem, unknown> = untaggedUnionInbound(
  "InputItem",
  [
    EasyInputMessage$inboundSchema,
    Item$inboundSchema,
    CompactionTriggerItemParam$inboundSchema,
    ItemReferenceParam$inboundSchema,
    ProgramItemParam$inboundSchema,
    ProgramOutputItemParam$inboundSchema,
  ],
  "one of: an EasyInputMessage object, an Item value, a CompactionTriggerItemParam object, an ItemReferenceParam object, a ProgramItemParam object, a ProgramOutputItemParam object",
);

/** Encodes a value with the alternative that decoded it, else with the first one that accepts it. */
export const InputItem$outboundSchema: z.ZodType<InputItem$Outbound, InputItem> = untaggedUnionOutbound(
  "InputItem",
  [
    EasyInputMessage$outboundSchema,
    Item$outboundSchema,
    CompactionTriggerItemParam$outboundSchema,
    ItemReferenceParam$outboundSchema,
    ProgramItemParam$outboundSchema,
    ProgramOutputItemParam$outboundSchema,
  ],
  "one of: an EasyInputMessage object, an Item value, a CompactionTriggerItemParam object, an ItemReferenceParam object, a ProgramItemParam object, a ProgramOutputItemParam object",
);

export function inputItemToJSON(value: InputItem): string {
  return stringifyJSON(value, InputItem$outboundSchema, "InputItem");
}

export function inputItemFromJSON(
  jsonString: string,
): SafeParseResult<InputItem, SDKValidationError> {
  return safeParseJSON(jsonString, InputItem$inboundSchema, "InputItem");
}
