// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

/** The values of a closed enum: exactly the values of its const object. */
export type ClosedEnum<T extends Readonly<Record<string, string>>> = T[keyof T];

/**
 * The values of an open enum: the documented values of its const object, or any other string
 * (editors still suggest the documented ones).
 */
export type OpenEnum<T extends Readonly<Record<string, string>>> = T[keyof T] | (string & {});
