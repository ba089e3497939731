// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

type ResponseErrorCode string

const (
	ResponseErrorCodeServerError                 ResponseErrorCode = "server_error"
	ResponseErrorCodeRateLimitExceeded           ResponseErrorCode = "rate_limit_exceeded"
	ResponseErrorCodeInvalidPrompt               ResponseErrorCode = "invalid_prompt"
	ResponseErrorCodeDataResidencyMismatch       ResponseErrorCode = "data_residency_mismatch"
	ResponseErrorCodeBioPolicy                   ResponseErrorCode = "bio_policy"
	ResponseErrorCodeVectorStoreTimeout          ResponseErrorCode = "vector_store_timeout"
	ResponseErrorCodeInvalidImage                ResponseErrorCode = "invalid_image"
	ResponseErrorCodeInvalidImageFormat          ResponseErrorCode = "invalid_image_format"
	ResponseErrorCodeInvalidBase64Image          ResponseErrorCode = "invalid_base64_image"
	ResponseErrorCodeInvalidImageURL             ResponseErrorCode = "invalid_image_url"
	ResponseErrorCodeImageTooLarge               ResponseErrorCode = "image_too_large"
	ResponseErrorCodeImageTooSmall               ResponseErrorCode = "image_too_small"
	ResponseErrorCodeImageParseError             ResponseErrorCode = "image_parse_error"
	ResponseErrorCodeImageContentPolicyViolation ResponseErrorCode = "image_content_policy_violation"
	ResponseErrorCodeInvalidImageMode            ResponseErrorCode = "invalid_image_mode"
	ResponseErrorCodeImageFileTooLarge           ResponseErrorCode = "image_file_too_large"
	ResponseErrorCodeUnsupportedImageMediaType   ResponseErrorCode = "unsupported_image_media_type"
	ResponseErrorCodeEmptyImageFile              ResponseErrorCode = "empty_image_file"
	ResponseErrorCodeFailedToDownloadImage       ResponseErrorCode = "failed_to_download_image"
	ResponseErrorCodeImageFileNotFound           ResponseErrorCode = "image_file_not_found"
)

// ToPointer returns a pointer to a copy of e.
func (e ResponseErrorCode) ToPointer() *ResponseErrorCode {
	return &e
}

// UnmarshalJSON accepts only the values listed above and rejects others with a *DecodeError.
func (e *ResponseErrorCode) UnmarshalJSON(data []byte) error {
	return rooted("ResponseErrorCode", e.decode(data, "$"))
}

func (e *ResponseErrorCode) decode(data []byte, path string) error {
	return decodeEnum(e, data, path, "ResponseErrorCode", ResponseErrorCodeServerError, ResponseErrorCodeRateLimitExceeded, ResponseErrorCodeInvalidPrompt, ResponseErrorCodeDataResidencyMismatch, ResponseErrorCodeBioPolicy, ResponseErrorCodeVectorStoreTimeout, ResponseErrorCodeInvalidImage, ResponseErrorCodeInvalidImageFormat, ResponseErrorCodeInvalidBase64Image, ResponseErrorCodeInvalidImageURL, ResponseErrorCodeImageTooLarge, ResponseErrorCodeImageTooSmall, ResponseErrorCodeImageParseError, ResponseErrorCodeImageContentPolicyViolation, ResponseErrorCodeInvalidImageMode, ResponseErrorCodeImageFileTooLarge, ResponseErrorCodeUnsupportedImageMediaType, ResponseErrorCodeEmptyImageFile, ResponseErrorCodeFailedToDownloadImage, ResponseErrorCodeImageFileNotFound)
}
