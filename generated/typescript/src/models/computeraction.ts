// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  discriminatedUnionInbound,
  discriminatedUnionOutbound,
  safeParseJSON,
  stringifyJSON,
} from "../lib/schemas.js";
import {
  ClickParam$inboundSchema,
  ClickParam$outboundSchema,
  type ClickParam,
  type ClickParam$Outbound,
} from "./clickparam.js";
import {
  DoubleClickAction$inboundSchema,
  DoubleClickAction$outboundSchema,
  type DoubleClickAction,
  type DoubleClickAction$Outbound,
} from "./doubleclickaction.js";
import {
  DragParam$inboundSchema,
  DragParam$outboundSchema,
  type DragParam,
  type DragParam$Outbound,
} from "./dragparam.js";
import {
  KeyPressAction$inboundSchema,
  KeyPressAction$outboundSchema,
  type KeyPressAction,
  type KeyPressAction$Outbound,
} from "./keypressaction.js";
import {
  MoveParam$inboundSchema,
  MoveParam$outboundSchema,
  type MoveParam,
  type MoveParam$Outbound,
} from "./moveparam.js";
import {
  ScreenshotParam$inboundSchema,
  ScreenshotParam$outboundSchema,
  type ScreenshotParam,
  type ScreenshotParam$Outbound,
} from "./screenshotparam.js";
import {
  ScrollParam$inboundSchema,
  ScrollParam$outboundSchema,
  type ScrollParam,
  type ScrollParam$Outbound,
} from "./scrollparam.js";
import {
  TypeParam$inboundSchema,
  TypeParam$outboundSchema,
  type TypeParam,
  type TypeParam$Outbound,
} from "./typeparam.js";
import {
  WaitParam$inboundSchema,
  WaitParam$outboundSchema,
  type WaitParam,
  type WaitParam$Outbound,
} from "./waitparam.js";

export type ComputerAction =
  | ClickParam
  | DoubleClickAction
  | DragParam
  | KeyPressAction
  | MoveParam
  | ScreenshotParam
  | ScrollParam
  | TypeParam
  | WaitParam
  | ComputerActionUnknown;

/**
 * The member of ComputerAction for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ComputerActionUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isComputerActionUnknown(value: ComputerAction): value is ComputerActionUnknown {
  return value.type === undefined;
}

/** ComputerAction as it is sent on the wire. */
export type ComputerAction$Outbound =
  | ClickParam$Outbound
  | DoubleClickAction$Outbound
  | DragParam$Outbound
  | KeyPressAction$Outbound
  | MoveParam$Outbound
  | ScreenshotParam$Outbound
  | ScrollParam$Outbound
  | TypeParam$Outbound
  | WaitParam$Outbound
  | { [k: string]: unknown };

export const ComputerAction$inboundSchema: z.ZodType<ComputerAction, unknown> = discriminatedUnionInbound(
  "type",
  {
    click: ClickParam$inboundSchema,
    double_click: DoubleClickAction$inboundSchema,
    drag: DragParam$inboundSchema,
    keypress: KeyPressAction$inboundSchema,
    move: MoveParam$inboundSchema,
    screenshot: ScreenshotParam$inboundSchema,
    scroll: ScrollParam$inboundSchema,
    type: TypeParam$inboundSchema,
    wait: WaitParam$inboundSchema,
  },
);

export const ComputerAction$outboundSchema: z.ZodType<ComputerAction$Outbound, ComputerAction> = discriminatedUnionOutbound(
  "type",
  {
    click: ClickParam$outboundSchema,
    double_click: DoubleClickAction$outboundSchema,
    drag: DragParam$outboundSchema,
    keypress: KeyPressAction$outboundSchema,
    move: MoveParam$outboundSchema,
    screenshot: ScreenshotParam$outboundSchema,
    scroll: ScrollParam$outboundSchema,
    type: TypeParam$outboundSchema,
    wait: WaitParam$outboundSchema,
  },
);

export function computerActionToJSON(value: ComputerAction): string {
  return stringifyJSON(value, ComputerAction$outboundSchema, "ComputerAction");
}

export function computerActionFromJSON(
  jsonString: string,
): SafeParseResult<ComputerAction, SDKValidationError> {
  return safeParseJSON(jsonString, ComputerAction$inboundSchema, "ComputerAction");
}
