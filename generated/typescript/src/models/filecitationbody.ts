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

export const FileCitationBodyType = {
  FileCitation: "file_citation",
} as const;
export type FileCitationBodyType = ClosedEnum<typeof FileCitationBodyType>;

export const FileCitationBodyType$inboundSchema: z.ZodType<FileCitationBodyType, unknown> = enumSchema(FileCitationBodyType);

export const FileCitationBodyType$outboundSchema: z.ZodType<FileCitationBodyType, FileCitationBodyType> = enumSchema(FileCitationBodyType);

export function fileCitationBodyTypeToJSON(value: FileCitationBodyType): string {
  return stringifyJSON(value, FileCitationBodyType$outboundSchema, "FileCitationBodyType");
}

export function fileCitationBodyTypeFromJSON(
  jsonString: string,
): SafeParseResult<FileCitationBodyType, SDKValidationError> {
  return safeParseJSON(jsonString, FileCitationBodyType$inboundSchema, "FileCitationBodyType");
}

export type FileCitationBody = {
  type: FileCitationBodyType;
  fileId: string;
  index: number;
  filename: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** FileCitationBody as it is sent on the wire. */
export type FileCitationBody$Outbound = {
  type: FileCitationBodyType;
  file_id: string;
  index: number;
  filename: string;
  [k: string]: unknown;
};

export const FileCitationBody$inboundSchema: z.ZodType<FileCitationBody, unknown> = objectInbound<FileCitationBody>(
  {
    type: ["type", FileCitationBodyType$inboundSchema],
    fileId: ["file_id", z.string()],
    index: ["index", z.int()],
    filename: ["filename", z.string()],
  },
);

export const FileCitationBody$outboundSchema: z.ZodType<FileCitationBody$Outbound, FileCitationBody> = objectOutbound<FileCitationBody, FileCitationBody$Outbound>(
  {
    type: ["type", FileCitationBodyType$outboundSchema],
    fileId: ["file_id", z.string()],
    index: ["index", z.int()],
    filename: ["filename", z.string()],
  },
);

export function fileCitationBodyToJSON(value: FileCitationBody): string {
  return stringifyJSON(value, FileCitationBody$outboundSchema, "FileCitationBody");
}

export function fileCitationBodyFromJSON(
  jsonString: string,
): SafeParseResult<FileCitationBody, SDKValidationError> {
  return safeParseJSON(jsonString, FileCitationBody$inboundSchema, "FileCitationBody");
}
