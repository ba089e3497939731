// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

export * from "./createimagerequest.js";
export * from "./image.js";
export * from "./imagegenstreamevent.js";
export * from "./imagegenstreameventimagegenerationcompleted.js";
export * from "./imagegenstreameventimagegenerationpartialimage.js";
export * from "./imagemodel.js";
export * from "./imagesresponse.js";
export * from "./openresponsesstreamevent.js";
export * from "./openresponsesstreameventresponseimagegenerationcallcompleted.js";
export * from "./openresponsesstreameventresponseimagegenerationcallgenerating.js";
export * from "./openresponsesstreameventresponseimagegenerationcallinprogress.js";
export * from "./openresponsesstreameventresponseimagegenerationcallpartialimage.js";
