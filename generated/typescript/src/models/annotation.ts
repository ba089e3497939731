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
  ContainerFileCitationBody$inboundSchema,
  ContainerFileCitationBody$outboundSchema,
  type ContainerFileCitationBody,
  type ContainerFileCitationBody$Outbound,
} from "./containerfilecitationbody.js";
import {
  FileCitationBody$inboundSchema,
  FileCitationBody$outboundSchema,
  type FileCitationBody,
  type FileCitationBody$Outbound,
} from "./filecitationbody.js";
import {
  FilePath$inboundSchema,
  FilePath$outboundSchema,
  type FilePath,
  type FilePath$Outbound,
} from "./filepath.js";
import {
  UrlCitationBody$inboundSchema,
  UrlCitationBody$outboundSchema,
  type UrlCitationBody,
  type UrlCitationBody$Outbound,
} from "./urlcitationbody.js";

export type Annotation =
  | FileCitationBody
  | UrlCitationBody
  | ContainerFileCitationBody
  | FilePath
  | AnnotationUnknown;

/**
 * The member of Annotation for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type AnnotationUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isAnnotationUnknown(value: Annotation): value is AnnotationUnknown {
  return value.type === undefined;
}

/** Annotation as it is sent on the wire. */
export type Annotation$Outbound =
  | FileCitationBody$Outbound
  | UrlCitationBody$Outbound
  | ContainerFileCitationBody$Outbound
  | FilePath$Outbound
  | { [k: string]: unknown };

export const Annotation$inboundSchema: z.ZodType<Annotation, unknown> = discriminatedUnionInbound(
  "type",
  {
    file_citation: FileCitationBody$inboundSchema,
    url_citation: UrlCitationBody$inboundSchema,
    container_file_citation: ContainerFileCitationBody$inboundSchema,
    file_path: FilePath$inboundSchema,
  },
);

export const Annotation$outboundSchema: z.ZodType<Annotation$Outbound, Annotation> = discriminatedUnionOutbound(
  "type",
  {
    file_citation: FileCitationBody$outboundSchema,
    url_citation: UrlCitationBody$outboundSchema,
    container_file_citation: ContainerFileCitationBody$outboundSchema,
    file_path: FilePath$outboundSchema,
  },
);

export function annotationToJSON(value: Annotation): string {
  return stringifyJSON(value, Annotation$outboundSchema, "Annotation");
}

export function annotationFromJSON(
  jsonString: string,
): SafeParseResult<Annotation, SDKValidationError> {
  return safeParseJSON(jsonString, Annotation$inboundSchema, "Annotation");
}
