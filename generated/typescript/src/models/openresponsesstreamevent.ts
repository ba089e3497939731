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
  OpenResponsesStreamEventResponseImageGenerationCallCompleted$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallCompleted$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallCompleted,
  type OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallcompleted.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallGenerating,
  type OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallgenerating.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallInProgress$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallInProgress$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallInProgress,
  type OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallinprogress.js";
import {
  OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema,
  OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema,
  type OpenResponsesStreamEventResponseImageGenerationCallPartialImage,
  type OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound,
} from "./openresponsesstreameventresponseimagegenerationcallpartialimage.js";

/**
 * Any event of a Responses API stream; the `type` field tells which one it is.
 */
export type OpenResponsesStreamEvent =
  | OpenResponsesStreamEventResponseImageGenerationCallInProgress
  | OpenResponsesStreamEventResponseImageGenerationCallGenerating
  | OpenResponsesStreamEventResponseImageGenerationCallPartialImage
  | OpenResponsesStreamEventResponseImageGenerationCallCompleted
  | OpenResponsesStreamEventUnknown;

/**
 * The member of OpenResponsesStreamEvent for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type OpenResponsesStreamEventUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isOpenResponsesStreamEventUnknown(value: OpenResponsesStreamEvent): value is OpenResponsesStreamEventUnknown {
  return value.type === undefined;
}

/** OpenResponsesStreamEvent as it is sent on the wire. */
export type OpenResponsesStreamEvent$Outbound =
  | OpenResponsesStreamEventResponseImageGenerationCallInProgress$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallGenerating$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallPartialImage$Outbound
  | OpenResponsesStreamEventResponseImageGenerationCallCompleted$Outbound
  | { [k: string]: unknown };

export const OpenResponsesStreamEvent$inboundSchema: z.ZodType<OpenResponsesStreamEvent, unknown> = discriminatedUnionInbound(
  "type",
  {
    "response.image_generation_call.in_progress": OpenResponsesStreamEventResponseImageGenerationCallInProgress$inboundSchema,
    "response.image_generation_call.generating": OpenResponsesStreamEventResponseImageGenerationCallGenerating$inboundSchema,
    "response.image_generation_call.partial_image": OpenResponsesStreamEventResponseImageGenerationCallPartialImage$inboundSchema,
    "response.image_generation_call.completed": OpenResponsesStreamEventResponseImageGenerationCallCompleted$inboundSchema,
  },
);

export const OpenResponsesStreamEvent$outboundSchema: z.ZodType<OpenResponsesStreamEvent$Outbound, OpenResponsesStreamEvent> = discriminatedUnionOutbound(
  "type",
  {
    "response.image_generation_call.in_progress": OpenResponsesStreamEventResponseImageGenerationCallInProgress$outboundSchema,
    "response.image_generation_call.generating": OpenResponsesStreamEventResponseImageGenerationCallGenerating$outboundSchema,
    "response.image_generation_call.partial_image": OpenResponsesStreamEventResponseImageGenerationCallPartialImage$outboundSchema,
    "response.image_generation_call.completed": OpenResponsesStreamEventResponseImageGenerationCallCompleted$outboundSchema,
  },
);

export function openResponsesStreamEventToJSON(value: OpenResponsesStreamEvent): string {
  return stringifyJSON(value, OpenResponsesStreamEvent$outboundSchema, "OpenResponsesStreamEvent");
}

export function openResponsesStreamEventFromJSON(
  jsonString: string,
): SafeParseResult<OpenResponsesStreamEvent, SDKValidationError> {
  return safeParseJSON(jsonString, OpenResponsesStreamEvent$inboundSchema, "OpenResponsesStreamEvent");
}
