// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

export * from "./models/index.js";
export type { ClosedEnum, OpenEnum } from "./lib/enums.js";
export { SDKValidationError, type ValidationIssue } from "./lib/errors.js";
export type { Result, SafeParseResult } from "./lib/result.js";
export {
  decodedAlternative,
  type AdditionalProperties,
  type JSONObject,
  type UnknownVariant,
} from "./lib/schemas.js";
