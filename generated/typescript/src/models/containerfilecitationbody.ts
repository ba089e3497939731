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

export const ContainerFileCitationBodyType = {
  ContainerFileCitation: "container_file_citation",
} as const;
export type ContainerFileCitationBodyType = ClosedEnum<typeof ContainerFileCitationBodyType>;

export const ContainerFileCitationBodyType$inboundSchema: z.ZodType<ContainerFileCitationBodyType, unknown> = enumSchema(ContainerFileCitationBodyType);

export const ContainerFileCitationBodyType$outboundSchema: z.ZodType<ContainerFileCitationBodyType, ContainerFileCitationBodyType> = enumSchema(ContainerFileCitationBodyType);

export function containerFileCitationBodyTypeToJSON(value: ContainerFileCitationBodyType): string {
  return stringifyJSON(value, ContainerFileCitationBodyType$outboundSchema, "ContainerFileCitationBodyType");
}

export function containerFileCitationBodyTypeFromJSON(
  jsonString: string,
): SafeParseResult<ContainerFileCitationBodyType, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerFileCitationBodyType$inboundSchema, "ContainerFileCitationBodyType");
}

export type ContainerFileCitationBody = {
  type: ContainerFileCitationBodyType;
  containerId: string;
  fileId: string;
  startIndex: number;
  endIndex: number;
  filename: string;
  /**
   * Fields the schema does not declare, under their wire names: kept when decoding, sent again when
   * encoding.
   */
  additionalProperties?: { [k: string]: unknown } | undefined;
};

/** ContainerFileCitationBody as it is sent on the wire. */
export type ContainerFileCitationBody$Outbound = {
  type: ContainerFileCitationBodyType;
  container_id: string;
  file_id: string;
  start_index: number;
  end_index: number;
  filename: string;
  [k: string]: unknown;
};

export const ContainerFileCitationBody$inboundSchema: z.ZodType<ContainerFileCitationBody, unknown> = objectInbound(
  {
    type: ContainerFileCitationBodyType$inboundSchema,
    container_id: z.string(),
    file_id: z.string(),
    start_index: z.int(),
    end_index: z.int(),
    filename: z.string(),
  },
  (v) => ({
    type: v.type,
    containerId: v.container_id,
    fileId: v.file_id,
    startIndex: v.start_index,
    endIndex: v.end_index,
    filename: v.filename,
    ...collectAdditionalProperties(v, ["type", "container_id", "file_id", "start_index", "end_index", "filename"]),
  }),
);

export const ContainerFileCitationBody$outboundSchema: z.ZodType<ContainerFileCitationBody$Outbound, ContainerFileCitationBody> = objectOutbound(
  {
    type: ContainerFileCitationBodyType$outboundSchema,
    containerId: z.string(),
    fileId: z.string(),
    startIndex: z.int(),
    endIndex: z.int(),
    filename: z.string(),
    additionalProperties: additionalPropertiesSchema.optional(),
  },
  (v) => ({
    type: v.type,
    container_id: v.containerId,
    file_id: v.fileId,
    start_index: v.startIndex,
    end_index: v.endIndex,
    filename: v.filename,
    ...emitAdditionalProperties(v.additionalProperties, ["type", "container_id", "file_id", "start_index", "end_index", "filename"]),
  }),
);

export function containerFileCitationBodyToJSON(value: ContainerFileCitationBody): string {
  return stringifyJSON(value, ContainerFileCitationBody$outboundSchema, "ContainerFileCitationBody");
}

export function containerFileCitationBodyFromJSON(
  jsonString: string,
): SafeParseResult<ContainerFileCitationBody, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerFileCitationBody$inboundSchema, "ContainerFileCitationBody");
}
