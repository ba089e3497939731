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

export const ContainerFileCitationBody$inboundSchema: z.ZodType<ContainerFileCitationBody, unknown> = objectInbound<ContainerFileCitationBody>(
  {
    type: ["type", ContainerFileCitationBodyType$inboundSchema],
    containerId: ["container_id", z.string()],
    fileId: ["file_id", z.string()],
    startIndex: ["start_index", z.int()],
    endIndex: ["end_index", z.int()],
    filename: ["filename", z.string()],
  },
);

export const ContainerFileCitationBody$outboundSchema: z.ZodType<ContainerFileCitationBody$Outbound, ContainerFileCitationBody> = objectOutbound<ContainerFileCitationBody, ContainerFileCitationBody$Outbound>(
  {
    type: ["type", ContainerFileCitationBodyType$outboundSchema],
    containerId: ["container_id", z.string()],
    fileId: ["file_id", z.string()],
    startIndex: ["start_index", z.int()],
    endIndex: ["end_index", z.int()],
    filename: ["filename", z.string()],
  },
);

export function containerFileCitationBodyToJSON(value: ContainerFileCitationBody): string {
  return stringifyJSON(value, ContainerFileCitationBody$outboundSchema, "ContainerFileCitationBody");
}

export function containerFileCitationBodyFromJSON(
  jsonString: string,
): SafeParseResult<ContainerFileCitationBody, SDKValidationError> {
  return safeParseJSON(jsonString, ContainerFileCitationBody$inboundSchema, "ContainerFileCitationBody");
}
