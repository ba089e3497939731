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
  ApplyPatchCreateFileOperationParam$inboundSchema,
  ApplyPatchCreateFileOperationParam$outboundSchema,
  type ApplyPatchCreateFileOperationParam,
  type ApplyPatchCreateFileOperationParam$Outbound,
} from "./applypatchcreatefileoperationparam.js";
import {
  ApplyPatchDeleteFileOperationParam$inboundSchema,
  ApplyPatchDeleteFileOperationParam$outboundSchema,
  type ApplyPatchDeleteFileOperationParam,
  type ApplyPatchDeleteFileOperationParam$Outbound,
} from "./applypatchdeletefileoperationparam.js";
import {
  ApplyPatchUpdateFileOperationParam$inboundSchema,
  ApplyPatchUpdateFileOperationParam$outboundSchema,
  type ApplyPatchUpdateFileOperationParam,
  type ApplyPatchUpdateFileOperationParam$Outbound,
} from "./applypatchupdatefileoperationparam.js";

export type ApplyPatchOperationParam =
  | ApplyPatchCreateFileOperationParam
  | ApplyPatchDeleteFileOperationParam
  | ApplyPatchUpdateFileOperationParam
  | ApplyPatchOperationParamUnknown;

/**
 * The member of ApplyPatchOperationParam for a `type` this version does not know. It has no
 * `type` of its own (read `raw.type`), so comparing `type` with a known value
 * still narrows to that member; `raw` holds the object as received and is what encoding sends back.
 */
export type ApplyPatchOperationParamUnknown = {
  type?: undefined;
  raw: { [k: string]: unknown };
};

/** Whether `value` is of a kind this version does not know (its `raw` object is all there is). */
export function isApplyPatchOperationParamUnknown(value: ApplyPatchOperationParam): value is ApplyPatchOperationParamUnknown {
  return value.type === undefined;
}

/** ApplyPatchOperationParam as it is sent on the wire. */
export type ApplyPatchOperationParam$Outbound =
  | ApplyPatchCreateFileOperationParam$Outbound
  | ApplyPatchDeleteFileOperationParam$Outbound
  | ApplyPatchUpdateFileOperationParam$Outbound
  | { [k: string]: unknown };

export const ApplyPatchOperationParam$inboundSchema: z.ZodType<ApplyPatchOperationParam, unknown> = discriminatedUnionInbound(
  "type",
  {
    create_file: ApplyPatchCreateFileOperationParam$inboundSchema,
    delete_file: ApplyPatchDeleteFileOperationParam$inboundSchema,
    update_file: ApplyPatchUpdateFileOperationParam$inboundSchema,
  },
);

export const ApplyPatchOperationParam$outboundSchema: z.ZodType<ApplyPatchOperationParam$Outbound, ApplyPatchOperationParam> = discriminatedUnionOutbound(
  "type",
  {
    create_file: ApplyPatchCreateFileOperationParam$outboundSchema,
    delete_file: ApplyPatchDeleteFileOperationParam$outboundSchema,
    update_file: ApplyPatchUpdateFileOperationParam$outboundSchema,
  },
);

export function applyPatchOperationParamToJSON(value: ApplyPatchOperationParam): string {
  return stringifyJSON(value, ApplyPatchOperationParam$outboundSchema, "ApplyPatchOperationParam");
}

export function applyPatchOperationParamFromJSON(
  jsonString: string,
): SafeParseResult<ApplyPatchOperationParam, SDKValidationError> {
  return safeParseJSON(jsonString, ApplyPatchOperationParam$inboundSchema, "ApplyPatchOperationParam");
}
