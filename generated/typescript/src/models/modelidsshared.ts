// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum, OpenEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import { enumSchema, safeParseJSON, stringifyJSON } from "../lib/schemas.js";

export type ModelIdsShared = OpenEnum<typeof ModelIdsSharedKnown>;

/** ModelIdsShared as it is sent on the wire. */
export type ModelIdsShared$Outbound = string;

export const ModelIdsShared$inboundSchema: z.ZodType<ModelIdsShared, unknown> = z.string();

export const ModelIdsShared$outboundSchema: z.ZodType<ModelIdsShared$Outbound, ModelIdsShared> = z.string();

export function modelIdsSharedToJSON(value: ModelIdsShared): string {
  return stringifyJSON(value, ModelIdsShared$outboundSchema, "ModelIdsShared");
}

export function modelIdsSharedFromJSON(
  jsonString: string,
): SafeParseResult<ModelIdsShared, SDKValidationError> {
  return safeParseJSON(jsonString, ModelIdsShared$inboundSchema, "ModelIdsShared");
}

export const ModelIdsSharedKnown = {
  Gpt56Sol: "gpt-5.6-sol",
  Gpt56Terra: "gpt-5.6-terra",
  Gpt56Luna: "gpt-5.6-luna",
  Gpt55: "gpt-5.5",
  Gpt5520260423: "gpt-5.5-2026-04-23",
  Gpt54: "gpt-5.4",
  Gpt54Mini: "gpt-5.4-mini",
  Gpt54Nano: "gpt-5.4-nano",
  Gpt54Mini20260317: "gpt-5.4-mini-2026-03-17",
  Gpt54Nano20260317: "gpt-5.4-nano-2026-03-17",
  Gpt53ChatLatest: "gpt-5.3-chat-latest",
  Gpt52: "gpt-5.2",
  Gpt5220251211: "gpt-5.2-2025-12-11",
  Gpt52ChatLatest: "gpt-5.2-chat-latest",
  Gpt52Pro: "gpt-5.2-pro",
  Gpt52Pro20251211: "gpt-5.2-pro-2025-12-11",
  Gpt51: "gpt-5.1",
  Gpt5120251113: "gpt-5.1-2025-11-13",
  Gpt51Codex: "gpt-5.1-codex",
  Gpt51Mini: "gpt-5.1-mini",
  Gpt51ChatLatest: "gpt-5.1-chat-latest",
  Gpt5: "gpt-5",
  Gpt5Mini: "gpt-5-mini",
  Gpt5Nano: "gpt-5-nano",
  Gpt520250807: "gpt-5-2025-08-07",
  Gpt5Mini20250807: "gpt-5-mini-2025-08-07",
  Gpt5Nano20250807: "gpt-5-nano-2025-08-07",
  Gpt5ChatLatest: "gpt-5-chat-latest",
  Gpt41: "gpt-4.1",
  Gpt41Mini: "gpt-4.1-mini",
  Gpt41Nano: "gpt-4.1-nano",
  Gpt4120250414: "gpt-4.1-2025-04-14",
  Gpt41Mini20250414: "gpt-4.1-mini-2025-04-14",
  Gpt41Nano20250414: "gpt-4.1-nano-2025-04-14",
  O4Mini: "o4-mini",
  O4Mini20250416: "o4-mini-2025-04-16",
  O3: "o3",
  O320250416: "o3-2025-04-16",
  O3Mini: "o3-mini",
  O3Mini20250131: "o3-mini-2025-01-31",
  O1: "o1",
  O120241217: "o1-2024-12-17",
  O1Preview: "o1-preview",
  O1Preview20240912: "o1-preview-2024-09-12",
  O1Mini: "o1-mini",
  O1Mini20240912: "o1-mini-2024-09-12",
  Gpt4o: "gpt-4o",
  Gpt4o20241120: "gpt-4o-2024-11-20",
  Gpt4o20240806: "gpt-4o-2024-08-06",
  Gpt4o20240513: "gpt-4o-2024-05-13",
  Gpt4oAudioPreview: "gpt-4o-audio-preview",
  Gpt4oAudioPreview20241001: "gpt-4o-audio-preview-2024-10-01",
  Gpt4oAudioPreview20241217: "gpt-4o-audio-preview-2024-12-17",
  Gpt4oAudioPreview20250603: "gpt-4o-audio-preview-2025-06-03",
  Gpt4oMiniAudioPreview: "gpt-4o-mini-audio-preview",
  Gpt4oMiniAudioPreview20241217: "gpt-4o-mini-audio-preview-2024-12-17",
  Gpt4oSearchPreview: "gpt-4o-search-preview",
  Gpt4oMiniSearchPreview: "gpt-4o-mini-search-preview",
  Gpt4oSearchPreview20250311: "gpt-4o-search-preview-2025-03-11",
  Gpt4oMiniSearchPreview20250311: "gpt-4o-mini-search-preview-2025-03-11",
  Chatgpt4oLatest: "chatgpt-4o-latest",
  CodexMiniLatest: "codex-mini-latest",
  Gpt4oMini: "gpt-4o-mini",
  Gpt4oMini20240718: "gpt-4o-mini-2024-07-18",
  Gpt4Turbo: "gpt-4-turbo",
  Gpt4Turbo20240409: "gpt-4-turbo-2024-04-09",
  Gpt40125Preview: "gpt-4-0125-preview",
  Gpt4TurboPreview: "gpt-4-turbo-preview",
  Gpt41106Preview: "gpt-4-1106-preview",
  Gpt4VisionPreview: "gpt-4-vision-preview",
  Gpt4: "gpt-4",
  Gpt40314: "gpt-4-0314",
  Gpt40613: "gpt-4-0613",
  Gpt432k: "gpt-4-32k",
  Gpt432k0314: "gpt-4-32k-0314",
  Gpt432k0613: "gpt-4-32k-0613",
  Gpt35Turbo: "gpt-3.5-turbo",
  Gpt35Turbo16k: "gpt-3.5-turbo-16k",
  Gpt35Turbo0301: "gpt-3.5-turbo-0301",
  Gpt35Turbo0613: "gpt-3.5-turbo-0613",
  Gpt35Turbo1106: "gpt-3.5-turbo-1106",
  Gpt35Turbo0125: "gpt-3.5-turbo-0125",
  Gpt35Turbo16k0613: "gpt-3.5-turbo-16k-0613",
} as const;
export type ModelIdsSharedKnown = ClosedEnum<typeof ModelIdsSharedKnown>;

export const ModelIdsSharedKnown$inboundSchema: z.ZodType<ModelIdsSharedKnown, unknown> = enumSchema(ModelIdsSharedKnown);

export const ModelIdsSharedKnown$outboundSchema: z.ZodType<ModelIdsSharedKnown, ModelIdsSharedKnown> = enumSchema(ModelIdsSharedKnown);

export function modelIdsSharedKnownToJSON(value: ModelIdsSharedKnown): string {
  return stringifyJSON(value, ModelIdsSharedKnown$outboundSchema, "ModelIdsSharedKnown");
}

export function modelIdsSharedKnownFromJSON(
  jsonString: string,
): SafeParseResult<ModelIdsSharedKnown, SDKValidationError> {
  return safeParseJSON(jsonString, ModelIdsSharedKnown$inboundSchema, "ModelIdsSharedKnown");
}
