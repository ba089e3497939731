// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

import * as z from "zod";

import type { ClosedEnum } from "../lib/enums.js";
import type { SDKValidationError } from "../lib/errors.js";
import type { SafeParseResult } from "../lib/result.js";
import {
  additionalPropertiesSchema,
  collectAdditionalProperties,
  emitAdditionalProperties,
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

export const FileCitationBody$inboundSchema: z.ZodType<FileCitationBody, unknown> = objectInbound(
  {
    type: FileCitationBodyType$inboundSchema,
    file_id: z.string(),
    index: z.int(),
    filename: z.string(),
  },
  (v) => ({
    type: v.type,
    fileId: v.file_id,
    index: v.index,
    filename: v.filename,
    ...collectAdditionalProperties(v, ["type", "file_id", "index", "filename"]),
  }),
);

export const FileCitationBody$outboundSchema: z.ZodType<FileCitationBody$Outbound, FileCitationBody> = objectOutbound(
  {
    type: FileCitationBodyType$outboundSchema,
    fileId: z.string(),
    index: z.int(),
    filename: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    file_id: v.fileId,
    index: v.index,
    filename: v.filename,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "file_id", "index", "filename"]),
  }),
);

export function fileCitationBodyToJSON(value: FileCitationBody): string {
  return stringifyJSON(value, FileCitationBody$outboundSchema, "FileCitationBody");
}

export function fileCitationBodyFromJSON(
  jsonString: string,
): SafeParseResult<FileCitationBody, SDKValidationError> {
  return safeParseJSON(jsonString, FileCitationBody$inboundSchema, "FileCitationBody");
}
