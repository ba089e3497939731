// Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

package components

import (
	"encoding/json"
	"io"

	"github.com/xsdk/xsdk/generated/go/types/stream"
)

// OpenResponsesStreamEvent - Any event of a Responses API stream; the `type` field tells which one it is.
type OpenResponsesStreamEvent struct {
	ResponseAudioDeltaEvent                           *ResponseAudioDeltaEvent
	ResponseAudioDoneEvent                            *ResponseAudioDoneEvent
	ResponseAudioTranscriptDeltaEvent                 *ResponseAudioTranscriptDeltaEvent
	ResponseAudioTranscriptDoneEvent                  *ResponseAudioTranscriptDoneEvent
	ResponseCodeInterpreterCallCodeDeltaEvent         *ResponseCodeInterpreterCallCodeDeltaEvent
	ResponseCodeInterpreterCallCodeDoneEvent          *ResponseCodeInterpreterCallCodeDoneEvent
	ResponseCodeInterpreterCallCompletedEvent         *ResponseCodeInterpreterCallCompletedEvent
	ResponseCodeInterpreterCallInProgressEvent        *ResponseCodeInterpreterCallInProgressEvent
	ResponseCodeInterpreterCallInterpretingEvent      *ResponseCodeInterpreterCallInterpretingEvent
	OpenResponsesCompletedEvent                       *OpenResponsesCompletedEvent
	OpenResponsesContentPartAddedEvent                *OpenResponsesContentPartAddedEvent
	OpenResponsesContentPartDoneEvent                 *OpenResponsesContentPartDoneEvent
	OpenResponsesCreatedEvent                         *OpenResponsesCreatedEvent
	OpenResponsesErrorEvent                           *OpenResponsesErrorEvent
	ResponseFileSearchCallCompletedEvent              *ResponseFileSearchCallCompletedEvent
	ResponseFileSearchCallInProgressEvent             *ResponseFileSearchCallInProgressEvent
	ResponseFileSearchCallSearchingEvent              *ResponseFileSearchCallSearchingEvent
	OpenResponsesFunctionCallArgumentsDeltaEvent      *OpenResponsesFunctionCallArgumentsDeltaEvent
	OpenResponsesFunctionCallArgumentsDoneEvent       *OpenResponsesFunctionCallArgumentsDoneEvent
	ResponseShellCallCommandAddedStreamingEvent       *ResponseShellCallCommandAddedStreamingEvent
	ResponseShellCallCommandDeltaStreamingEvent       *ResponseShellCallCommandDeltaStreamingEvent
	ResponseShellCallCommandDoneStreamingEvent        *ResponseShellCallCommandDoneStreamingEvent
	ResponseShellCallOutputContentDeltaStreamingEvent *ResponseShellCallOutputContentDeltaStreamingEvent
	ResponseShellCallOutputContentDoneStreamingEvent  *ResponseShellCallOutputContentDoneStreamingEvent
	OpenResponsesInProgressEvent                      *OpenResponsesInProgressEvent
	OpenResponsesFailedEvent                          *OpenResponsesFailedEvent
	OpenResponsesIncompleteEvent                      *OpenResponsesIncompleteEvent
	OpenResponsesOutputItemAddedEvent                 *OpenResponsesOutputItemAddedEvent
	OpenResponsesOutputItemDoneEvent                  *OpenResponsesOutputItemDoneEvent
	OpenResponsesReasoningSummaryPartAddedEventSchema *OpenResponsesReasoningSummaryPartAddedEventSchema
	OpenResponsesReasoningSummaryPartDoneEvent        *OpenResponsesReasoningSummaryPartDoneEvent
	OpenResponsesReasoningSummaryTextDeltaEvent       *OpenResponsesReasoningSummaryTextDeltaEvent
	OpenResponsesReasoningSummaryTextDoneEvent        *OpenResponsesReasoningSummaryTextDoneEvent
	OpenResponsesReasoningDeltaEvent                  *OpenResponsesReasoningDeltaEvent
	OpenResponsesReasoningDoneEvent                   *OpenResponsesReasoningDoneEvent
	OpenResponsesRefusalDeltaEvent                    *OpenResponsesRefusalDeltaEvent
	OpenResponsesRefusalDoneEvent                     *OpenResponsesRefusalDoneEvent
	OpenResponsesTextDeltaEvent                       *OpenResponsesTextDeltaEvent
	OpenResponsesTextDoneEvent                        *OpenResponsesTextDoneEvent
	ResponseWebSearchCallCompletedEvent               *ResponseWebSearchCallCompletedEvent
	ResponseWebSearchCallInProgressEvent              *ResponseWebSearchCallInProgressEvent
	ResponseWebSearchCallSearchingEvent               *ResponseWebSearchCallSearchingEvent
	OpenResponsesImageGenCallCompleted                *OpenResponsesImageGenCallCompleted
	OpenResponsesImageGenCallGenerating               *OpenResponsesImageGenCallGenerating
	OpenResponsesImageGenCallInProgress               *OpenResponsesImageGenCallInProgress
	OpenResponsesImageGenCallPartialImage             *OpenResponsesImageGenCallPartialImage
	ResponseMCPCallArgumentsDeltaEvent                *ResponseMCPCallArgumentsDeltaEvent
	ResponseMCPCallArgumentsDoneEvent                 *ResponseMCPCallArgumentsDoneEvent
	ResponseMCPCallCompletedEvent                     *ResponseMCPCallCompletedEvent
	ResponseMCPCallFailedEvent                        *ResponseMCPCallFailedEvent
	ResponseMCPCallInProgressEvent                    *ResponseMCPCallInProgressEvent
	ResponseMCPListToolsCompletedEvent                *ResponseMCPListToolsCompletedEvent
	ResponseMCPListToolsFailedEvent                   *ResponseMCPListToolsFailedEvent
	ResponseMCPListToolsInProgressEvent               *ResponseMCPListToolsInProgressEvent
	OpenResponsesOutputTextAnnotationAddedEvent       *OpenResponsesOutputTextAnnotationAddedEvent
	ResponseQueuedEvent                               *ResponseQueuedEvent
	ResponseCustomToolCallInputDeltaEvent             *ResponseCustomToolCallInputDeltaEvent
	ResponseCustomToolCallInputDoneEvent              *ResponseCustomToolCallInputDoneEvent
	// Unknown holds the raw JSON object of a value whose `type` this package does not know; MarshalJSON writes it back unchanged.
	Unknown json.RawMessage

	// Type is the `type` of the value held.
	Type OpenResponsesStreamEventType
}

// OpenResponsesStreamEventType - the `type` values of the OpenResponsesStreamEvent members; a value not
// listed here is that of an unknown member.
type OpenResponsesStreamEventType string

const (
	OpenResponsesStreamEventTypeResponseAudioDelta                      OpenResponsesStreamEventType = "response.audio.delta"
	OpenResponsesStreamEventTypeResponseAudioDone                       OpenResponsesStreamEventType = "response.audio.done"
	OpenResponsesStreamEventTypeResponseAudioTranscriptDelta            OpenResponsesStreamEventType = "response.audio.transcript.delta"
	OpenResponsesStreamEventTypeResponseAudioTranscriptDone             OpenResponsesStreamEventType = "response.audio.transcript.done"
	OpenResponsesStreamEventTypeResponseCodeInterpreterCallCodeDelta    OpenResponsesStreamEventType = "response.code_interpreter_call_code.delta"
	OpenResponsesStreamEventTypeResponseCodeInterpreterCallCodeDone     OpenResponsesStreamEventType = "response.code_interpreter_call_code.done"
	OpenResponsesStreamEventTypeResponseCodeInterpreterCallCompleted    OpenResponsesStreamEventType = "response.code_interpreter_call.completed"
	OpenResponsesStreamEventTypeResponseCodeInterpreterCallInProgress   OpenResponsesStreamEventType = "response.code_interpreter_call.in_progress"
	OpenResponsesStreamEventTypeResponseCodeInterpreterCallInterpreting OpenResponsesStreamEventType = "response.code_interpreter_call.interpreting"
	OpenResponsesStreamEventTypeResponseCompleted                       OpenResponsesStreamEventType = "response.completed"
	OpenResponsesStreamEventTypeResponseContentPartAdded                OpenResponsesStreamEventType = "response.content_part.added"
	OpenResponsesStreamEventTypeResponseContentPartDone                 OpenResponsesStreamEventType = "response.content_part.done"
	OpenResponsesStreamEventTypeResponseCreated                         OpenResponsesStreamEventType = "response.created"
	OpenResponsesStreamEventTypeError                                   OpenResponsesStreamEventType = "error"
	OpenResponsesStreamEventTypeResponseFileSearchCallCompleted         OpenResponsesStreamEventType = "response.file_search_call.completed"
	OpenResponsesStreamEventTypeResponseFileSearchCallInProgress        OpenResponsesStreamEventType = "response.file_search_call.in_progress"
	OpenResponsesStreamEventTypeResponseFileSearchCallSearching         OpenResponsesStreamEventType = "response.file_search_call.searching"
	OpenResponsesStreamEventTypeResponseFunctionCallArgumentsDelta      OpenResponsesStreamEventType = "response.function_call_arguments.delta"
	OpenResponsesStreamEventTypeResponseFunctionCallArgumentsDone       OpenResponsesStreamEventType = "response.function_call_arguments.done"
	OpenResponsesStreamEventTypeResponseShellCallCommandAdded           OpenResponsesStreamEventType = "response.shell_call_command.added"
	OpenResponsesStreamEventTypeResponseShellCallCommandDelta           OpenResponsesStreamEventType = "response.shell_call_command.delta"
	OpenResponsesStreamEventTypeResponseShellCallCommandDone            OpenResponsesStreamEventType = "response.shell_call_command.done"
	OpenResponsesStreamEventTypeResponseShellCallOutputContentDelta     OpenResponsesStreamEventType = "response.shell_call_output_content.delta"
	OpenResponsesStreamEventTypeResponseShellCallOutputContentDone      OpenResponsesStreamEventType = "response.shell_call_output_content.done"
	OpenResponsesStreamEventTypeResponseInProgress                      OpenResponsesStreamEventType = "response.in_progress"
	OpenResponsesStreamEventTypeResponseFailed                          OpenResponsesStreamEventType = "response.failed"
	OpenResponsesStreamEventTypeResponseIncomplete                      OpenResponsesStreamEventType = "response.incomplete"
	OpenResponsesStreamEventTypeResponseOutputItemAdded                 OpenResponsesStreamEventType = "response.output_item.added"
	OpenResponsesStreamEventTypeResponseOutputItemDone                  OpenResponsesStreamEventType = "response.output_item.done"
	OpenResponsesStreamEventTypeResponseReasoningSummaryPartAdded       OpenResponsesStreamEventType = "response.reasoning_summary_part.added"
	OpenResponsesStreamEventTypeResponseReasoningSummaryPartDone        OpenResponsesStreamEventType = "response.reasoning_summary_part.done"
	OpenResponsesStreamEventTypeResponseReasoningSummaryTextDelta       OpenResponsesStreamEventType = "response.reasoning_summary_text.delta"
	OpenResponsesStreamEventTypeResponseReasoningSummaryTextDone        OpenResponsesStreamEventType = "response.reasoning_summary_text.done"
	OpenResponsesStreamEventTypeResponseReasoningTextDelta              OpenResponsesStreamEventType = "response.reasoning_text.delta"
	OpenResponsesStreamEventTypeResponseReasoningTextDone               OpenResponsesStreamEventType = "response.reasoning_text.done"
	OpenResponsesStreamEventTypeResponseRefusalDelta                    OpenResponsesStreamEventType = "response.refusal.delta"
	OpenResponsesStreamEventTypeResponseRefusalDone                     OpenResponsesStreamEventType = "response.refusal.done"
	OpenResponsesStreamEventTypeResponseOutputTextDelta                 OpenResponsesStreamEventType = "response.output_text.delta"
	OpenResponsesStreamEventTypeResponseOutputTextDone                  OpenResponsesStreamEventType = "response.output_text.done"
	OpenResponsesStreamEventTypeResponseWebSearchCallCompleted          OpenResponsesStreamEventType = "response.web_search_call.completed"
	OpenResponsesStreamEventTypeResponseWebSearchCallInProgress         OpenResponsesStreamEventType = "response.web_search_call.in_progress"
	OpenResponsesStreamEventTypeResponseWebSearchCallSearching          OpenResponsesStreamEventType = "response.web_search_call.searching"
	OpenResponsesStreamEventTypeResponseImageGenerationCallCompleted    OpenResponsesStreamEventType = "response.image_generation_call.completed"
	OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating   OpenResponsesStreamEventType = "response.image_generation_call.generating"
	OpenResponsesStreamEventTypeResponseImageGenerationCallInProgress   OpenResponsesStreamEventType = "response.image_generation_call.in_progress"
	OpenResponsesStreamEventTypeResponseImageGenerationCallPartialImage OpenResponsesStreamEventType = "response.image_generation_call.partial_image"
	OpenResponsesStreamEventTypeResponseMCPCallArgumentsDelta           OpenResponsesStreamEventType = "response.mcp_call_arguments.delta"
	OpenResponsesStreamEventTypeResponseMCPCallArgumentsDone            OpenResponsesStreamEventType = "response.mcp_call_arguments.done"
	OpenResponsesStreamEventTypeResponseMCPCallCompleted                OpenResponsesStreamEventType = "response.mcp_call.completed"
	OpenResponsesStreamEventTypeResponseMCPCallFailed                   OpenResponsesStreamEventType = "response.mcp_call.failed"
	OpenResponsesStreamEventTypeResponseMCPCallInProgress               OpenResponsesStreamEventType = "response.mcp_call.in_progress"
	OpenResponsesStreamEventTypeResponseMCPListToolsCompleted           OpenResponsesStreamEventType = "response.mcp_list_tools.completed"
	OpenResponsesStreamEventTypeResponseMCPListToolsFailed              OpenResponsesStreamEventType = "response.mcp_list_tools.failed"
	OpenResponsesStreamEventTypeResponseMCPListToolsInProgress          OpenResponsesStreamEventType = "response.mcp_list_tools.in_progress"
	OpenResponsesStreamEventTypeResponseOutputTextAnnotationAdded       OpenResponsesStreamEventType = "response.output_text.annotation.added"
	OpenResponsesStreamEventTypeResponseQueued                          OpenResponsesStreamEventType = "response.queued"
	OpenResponsesStreamEventTypeResponseCustomToolCallInputDelta        OpenResponsesStreamEventType = "response.custom_tool_call_input.delta"
	OpenResponsesStreamEventTypeResponseCustomToolCallInputDone         OpenResponsesStreamEventType = "response.custom_tool_call_input.done"
)

// ToPointer returns a pointer to a copy of e.
func (e OpenResponsesStreamEventType) ToPointer() *OpenResponsesStreamEventType {
	return &e
}

// CreateOpenResponsesStreamEventResponseAudioDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseAudioDelta(v ResponseAudioDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseAudioDelta
	v.Type = ResponseAudioDeltaEventType(typ)
	return OpenResponsesStreamEvent{ResponseAudioDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseAudioDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseAudioDone(v ResponseAudioDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseAudioDone
	v.Type = ResponseAudioDoneEventType(typ)
	return OpenResponsesStreamEvent{ResponseAudioDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseAudioTranscriptDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseAudioTranscriptDelta(v ResponseAudioTranscriptDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseAudioTranscriptDelta
	v.Type = ResponseAudioTranscriptDeltaEventType(typ)
	return OpenResponsesStreamEvent{ResponseAudioTranscriptDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseAudioTranscriptDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseAudioTranscriptDone(v ResponseAudioTranscriptDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseAudioTranscriptDone
	v.Type = ResponseAudioTranscriptDoneEventType(typ)
	return OpenResponsesStreamEvent{ResponseAudioTranscriptDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta(v ResponseCodeInterpreterCallCodeDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCodeInterpreterCallCodeDelta
	v.Type = ResponseCodeInterpreterCallCodeDeltaEventType(typ)
	return OpenResponsesStreamEvent{ResponseCodeInterpreterCallCodeDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCodeInterpreterCallCodeDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCodeInterpreterCallCodeDone(v ResponseCodeInterpreterCallCodeDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCodeInterpreterCallCodeDone
	v.Type = ResponseCodeInterpreterCallCodeDoneEventType(typ)
	return OpenResponsesStreamEvent{ResponseCodeInterpreterCallCodeDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCodeInterpreterCallCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCodeInterpreterCallCompleted(v ResponseCodeInterpreterCallCompletedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCodeInterpreterCallCompleted
	v.Type = ResponseCodeInterpreterCallCompletedEventType(typ)
	return OpenResponsesStreamEvent{ResponseCodeInterpreterCallCompletedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCodeInterpreterCallInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCodeInterpreterCallInProgress(v ResponseCodeInterpreterCallInProgressEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCodeInterpreterCallInProgress
	v.Type = ResponseCodeInterpreterCallInProgressEventType(typ)
	return OpenResponsesStreamEvent{ResponseCodeInterpreterCallInProgressEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCodeInterpreterCallInterpreting wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCodeInterpreterCallInterpreting(v ResponseCodeInterpreterCallInterpretingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCodeInterpreterCallInterpreting
	v.Type = ResponseCodeInterpreterCallInterpretingEventType(typ)
	return OpenResponsesStreamEvent{ResponseCodeInterpreterCallInterpretingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCompleted(v OpenResponsesCompletedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCompleted
	v.Type = OpenResponsesCompletedEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesCompletedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseContentPartAdded wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseContentPartAdded(v OpenResponsesContentPartAddedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseContentPartAdded
	v.Type = OpenResponsesContentPartAddedEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesContentPartAddedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseContentPartDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseContentPartDone(v OpenResponsesContentPartDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseContentPartDone
	v.Type = OpenResponsesContentPartDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesContentPartDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCreated wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCreated(v OpenResponsesCreatedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCreated
	v.Type = OpenResponsesCreatedEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesCreatedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventError wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventError(v OpenResponsesErrorEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeError
	v.Type = OpenResponsesErrorEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesErrorEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseFileSearchCallCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseFileSearchCallCompleted(v ResponseFileSearchCallCompletedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseFileSearchCallCompleted
	v.Type = ResponseFileSearchCallCompletedEventType(typ)
	return OpenResponsesStreamEvent{ResponseFileSearchCallCompletedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseFileSearchCallInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseFileSearchCallInProgress(v ResponseFileSearchCallInProgressEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseFileSearchCallInProgress
	v.Type = ResponseFileSearchCallInProgressEventType(typ)
	return OpenResponsesStreamEvent{ResponseFileSearchCallInProgressEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseFileSearchCallSearching wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseFileSearchCallSearching(v ResponseFileSearchCallSearchingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseFileSearchCallSearching
	v.Type = ResponseFileSearchCallSearchingEventType(typ)
	return OpenResponsesStreamEvent{ResponseFileSearchCallSearchingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseFunctionCallArgumentsDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseFunctionCallArgumentsDelta(v OpenResponsesFunctionCallArgumentsDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseFunctionCallArgumentsDelta
	v.Type = OpenResponsesFunctionCallArgumentsDeltaEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesFunctionCallArgumentsDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseFunctionCallArgumentsDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseFunctionCallArgumentsDone(v OpenResponsesFunctionCallArgumentsDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseFunctionCallArgumentsDone
	v.Type = OpenResponsesFunctionCallArgumentsDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesFunctionCallArgumentsDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseShellCallCommandAdded wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseShellCallCommandAdded(v ResponseShellCallCommandAddedStreamingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseShellCallCommandAdded
	v.Type = ResponseShellCallCommandAddedStreamingEventType(typ)
	return OpenResponsesStreamEvent{ResponseShellCallCommandAddedStreamingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseShellCallCommandDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseShellCallCommandDelta(v ResponseShellCallCommandDeltaStreamingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseShellCallCommandDelta
	v.Type = ResponseShellCallCommandDeltaStreamingEventType(typ)
	return OpenResponsesStreamEvent{ResponseShellCallCommandDeltaStreamingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseShellCallCommandDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseShellCallCommandDone(v ResponseShellCallCommandDoneStreamingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseShellCallCommandDone
	v.Type = ResponseShellCallCommandDoneStreamingEventType(typ)
	return OpenResponsesStreamEvent{ResponseShellCallCommandDoneStreamingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseShellCallOutputContentDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseShellCallOutputContentDelta(v ResponseShellCallOutputContentDeltaStreamingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseShellCallOutputContentDelta
	v.Type = ResponseShellCallOutputContentDeltaStreamingEventType(typ)
	return OpenResponsesStreamEvent{ResponseShellCallOutputContentDeltaStreamingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseShellCallOutputContentDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseShellCallOutputContentDone(v ResponseShellCallOutputContentDoneStreamingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseShellCallOutputContentDone
	v.Type = ResponseShellCallOutputContentDoneStreamingEventType(typ)
	return OpenResponsesStreamEvent{ResponseShellCallOutputContentDoneStreamingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseInProgress(v OpenResponsesInProgressEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseInProgress
	v.Type = OpenResponsesInProgressEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesInProgressEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseFailed wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseFailed(v OpenResponsesFailedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseFailed
	v.Type = OpenResponsesFailedEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesFailedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseIncomplete wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseIncomplete(v OpenResponsesIncompleteEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseIncomplete
	v.Type = OpenResponsesIncompleteEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesIncompleteEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseOutputItemAdded wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseOutputItemAdded(v OpenResponsesOutputItemAddedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseOutputItemAdded
	v.Type = OpenResponsesOutputItemAddedEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesOutputItemAddedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseOutputItemDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseOutputItemDone(v OpenResponsesOutputItemDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseOutputItemDone
	v.Type = OpenResponsesOutputItemDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesOutputItemDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseReasoningSummaryPartAdded wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseReasoningSummaryPartAdded(v OpenResponsesReasoningSummaryPartAddedEventSchema) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseReasoningSummaryPartAdded
	v.Type = OpenResponsesReasoningSummaryPartAddedEventSchemaType(typ)
	return OpenResponsesStreamEvent{OpenResponsesReasoningSummaryPartAddedEventSchema: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseReasoningSummaryPartDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseReasoningSummaryPartDone(v OpenResponsesReasoningSummaryPartDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseReasoningSummaryPartDone
	v.Type = OpenResponsesReasoningSummaryPartDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesReasoningSummaryPartDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseReasoningSummaryTextDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseReasoningSummaryTextDelta(v OpenResponsesReasoningSummaryTextDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseReasoningSummaryTextDelta
	v.Type = OpenResponsesReasoningSummaryTextDeltaEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesReasoningSummaryTextDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseReasoningSummaryTextDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseReasoningSummaryTextDone(v OpenResponsesReasoningSummaryTextDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseReasoningSummaryTextDone
	v.Type = OpenResponsesReasoningSummaryTextDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesReasoningSummaryTextDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseReasoningTextDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseReasoningTextDelta(v OpenResponsesReasoningDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseReasoningTextDelta
	v.Type = OpenResponsesReasoningDeltaEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesReasoningDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseReasoningTextDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseReasoningTextDone(v OpenResponsesReasoningDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseReasoningTextDone
	v.Type = OpenResponsesReasoningDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesReasoningDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseRefusalDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseRefusalDelta(v OpenResponsesRefusalDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseRefusalDelta
	v.Type = OpenResponsesRefusalDeltaEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesRefusalDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseRefusalDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseRefusalDone(v OpenResponsesRefusalDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseRefusalDone
	v.Type = OpenResponsesRefusalDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesRefusalDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseOutputTextDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseOutputTextDelta(v OpenResponsesTextDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseOutputTextDelta
	v.Type = OpenResponsesTextDeltaEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesTextDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseOutputTextDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseOutputTextDone(v OpenResponsesTextDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseOutputTextDone
	v.Type = OpenResponsesTextDoneEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesTextDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseWebSearchCallCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseWebSearchCallCompleted(v ResponseWebSearchCallCompletedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseWebSearchCallCompleted
	v.Type = ResponseWebSearchCallCompletedEventType(typ)
	return OpenResponsesStreamEvent{ResponseWebSearchCallCompletedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseWebSearchCallInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseWebSearchCallInProgress(v ResponseWebSearchCallInProgressEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseWebSearchCallInProgress
	v.Type = ResponseWebSearchCallInProgressEventType(typ)
	return OpenResponsesStreamEvent{ResponseWebSearchCallInProgressEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseWebSearchCallSearching wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseWebSearchCallSearching(v ResponseWebSearchCallSearchingEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseWebSearchCallSearching
	v.Type = ResponseWebSearchCallSearchingEventType(typ)
	return OpenResponsesStreamEvent{ResponseWebSearchCallSearchingEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallCompleted(v OpenResponsesImageGenCallCompleted) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallCompleted
	v.Type = OpenResponsesImageGenCallCompletedType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallCompleted: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating(v OpenResponsesImageGenCallGenerating) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating
	v.Type = OpenResponsesImageGenCallGeneratingType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallGenerating: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallInProgress(v OpenResponsesImageGenCallInProgress) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallInProgress
	v.Type = OpenResponsesImageGenCallInProgressType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallInProgress: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseImageGenerationCallPartialImage wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseImageGenerationCallPartialImage(v OpenResponsesImageGenCallPartialImage) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseImageGenerationCallPartialImage
	v.Type = OpenResponsesImageGenCallPartialImageType(typ)
	return OpenResponsesStreamEvent{OpenResponsesImageGenCallPartialImage: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPCallArgumentsDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPCallArgumentsDelta(v ResponseMCPCallArgumentsDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPCallArgumentsDelta
	v.Type = ResponseMCPCallArgumentsDeltaEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPCallArgumentsDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPCallArgumentsDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPCallArgumentsDone(v ResponseMCPCallArgumentsDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPCallArgumentsDone
	v.Type = ResponseMCPCallArgumentsDoneEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPCallArgumentsDoneEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPCallCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPCallCompleted(v ResponseMCPCallCompletedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPCallCompleted
	v.Type = ResponseMCPCallCompletedEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPCallCompletedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPCallFailed wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPCallFailed(v ResponseMCPCallFailedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPCallFailed
	v.Type = ResponseMCPCallFailedEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPCallFailedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPCallInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPCallInProgress(v ResponseMCPCallInProgressEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPCallInProgress
	v.Type = ResponseMCPCallInProgressEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPCallInProgressEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPListToolsCompleted wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPListToolsCompleted(v ResponseMCPListToolsCompletedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPListToolsCompleted
	v.Type = ResponseMCPListToolsCompletedEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPListToolsCompletedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPListToolsFailed wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPListToolsFailed(v ResponseMCPListToolsFailedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPListToolsFailed
	v.Type = ResponseMCPListToolsFailedEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPListToolsFailedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseMCPListToolsInProgress wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseMCPListToolsInProgress(v ResponseMCPListToolsInProgressEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseMCPListToolsInProgress
	v.Type = ResponseMCPListToolsInProgressEventType(typ)
	return OpenResponsesStreamEvent{ResponseMCPListToolsInProgressEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseOutputTextAnnotationAdded wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseOutputTextAnnotationAdded(v OpenResponsesOutputTextAnnotationAddedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseOutputTextAnnotationAdded
	v.Type = OpenResponsesOutputTextAnnotationAddedEventType(typ)
	return OpenResponsesStreamEvent{OpenResponsesOutputTextAnnotationAddedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseQueued wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseQueued(v ResponseQueuedEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseQueued
	v.Type = ResponseQueuedEventType(typ)
	return OpenResponsesStreamEvent{ResponseQueuedEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCustomToolCallInputDelta wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCustomToolCallInputDelta(v ResponseCustomToolCallInputDeltaEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCustomToolCallInputDelta
	v.Type = ResponseCustomToolCallInputDeltaEventType(typ)
	return OpenResponsesStreamEvent{ResponseCustomToolCallInputDeltaEvent: &v, Type: typ}
}

// CreateOpenResponsesStreamEventResponseCustomToolCallInputDone wraps v in the union, setting its `type`.
func CreateOpenResponsesStreamEventResponseCustomToolCallInputDone(v ResponseCustomToolCallInputDoneEvent) OpenResponsesStreamEvent {
	typ := OpenResponsesStreamEventTypeResponseCustomToolCallInputDone
	v.Type = ResponseCustomToolCallInputDoneEventType(typ)
	return OpenResponsesStreamEvent{ResponseCustomToolCallInputDoneEvent: &v, Type: typ}
}

// IsUnknown reports whether u holds a value whose `type` this package does not know.
func (u OpenResponsesStreamEvent) IsUnknown() bool {
	return u.Unknown != nil
}

// UnmarshalJSON reads the `type` first and decodes only the member it names, returning
// that member's errors; an unknown `type` is kept as raw JSON in Unknown.
func (u *OpenResponsesStreamEvent) UnmarshalJSON(data []byte) error {
	return rooted("OpenResponsesStreamEvent", u.decode(data, "$"))
}

func (u *OpenResponsesStreamEvent) decode(data []byte, path string) error {
	tag, err := readTag(data, path, "OpenResponsesStreamEvent", "type")
	if err != nil {
		return err
	}
	switch OpenResponsesStreamEventType(tag) {
	case OpenResponsesStreamEventTypeResponseAudioDelta:
		var v ResponseAudioDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseAudioDelta(v)
	case OpenResponsesStreamEventTypeResponseAudioDone:
		var v ResponseAudioDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseAudioDone(v)
	case OpenResponsesStreamEventTypeResponseAudioTranscriptDelta:
		var v ResponseAudioTranscriptDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseAudioTranscriptDelta(v)
	case OpenResponsesStreamEventTypeResponseAudioTranscriptDone:
		var v ResponseAudioTranscriptDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseAudioTranscriptDone(v)
	case OpenResponsesStreamEventTypeResponseCodeInterpreterCallCodeDelta:
		var v ResponseCodeInterpreterCallCodeDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCodeInterpreterCallCodeDelta(v)
	case OpenResponsesStreamEventTypeResponseCodeInterpreterCallCodeDone:
		var v ResponseCodeInterpreterCallCodeDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCodeInterpreterCallCodeDone(v)
	case OpenResponsesStreamEventTypeResponseCodeInterpreterCallCompleted:
		var v ResponseCodeInterpreterCallCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCodeInterpreterCallCompleted(v)
	case OpenResponsesStreamEventTypeResponseCodeInterpreterCallInProgress:
		var v ResponseCodeInterpreterCallInProgressEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCodeInterpreterCallInProgress(v)
	case OpenResponsesStreamEventTypeResponseCodeInterpreterCallInterpreting:
		var v ResponseCodeInterpreterCallInterpretingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCodeInterpreterCallInterpreting(v)
	case OpenResponsesStreamEventTypeResponseCompleted:
		var v OpenResponsesCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCompleted(v)
	case OpenResponsesStreamEventTypeResponseContentPartAdded:
		var v OpenResponsesContentPartAddedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseContentPartAdded(v)
	case OpenResponsesStreamEventTypeResponseContentPartDone:
		var v OpenResponsesContentPartDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseContentPartDone(v)
	case OpenResponsesStreamEventTypeResponseCreated:
		var v OpenResponsesCreatedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCreated(v)
	case OpenResponsesStreamEventTypeError:
		var v OpenResponsesErrorEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventError(v)
	case OpenResponsesStreamEventTypeResponseFileSearchCallCompleted:
		var v ResponseFileSearchCallCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseFileSearchCallCompleted(v)
	case OpenResponsesStreamEventTypeResponseFileSearchCallInProgress:
		var v ResponseFileSearchCallInProgressEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseFileSearchCallInProgress(v)
	case OpenResponsesStreamEventTypeResponseFileSearchCallSearching:
		var v ResponseFileSearchCallSearchingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseFileSearchCallSearching(v)
	case OpenResponsesStreamEventTypeResponseFunctionCallArgumentsDelta:
		var v OpenResponsesFunctionCallArgumentsDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseFunctionCallArgumentsDelta(v)
	case OpenResponsesStreamEventTypeResponseFunctionCallArgumentsDone:
		var v OpenResponsesFunctionCallArgumentsDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseFunctionCallArgumentsDone(v)
	case OpenResponsesStreamEventTypeResponseShellCallCommandAdded:
		var v ResponseShellCallCommandAddedStreamingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseShellCallCommandAdded(v)
	case OpenResponsesStreamEventTypeResponseShellCallCommandDelta:
		var v ResponseShellCallCommandDeltaStreamingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseShellCallCommandDelta(v)
	case OpenResponsesStreamEventTypeResponseShellCallCommandDone:
		var v ResponseShellCallCommandDoneStreamingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseShellCallCommandDone(v)
	case OpenResponsesStreamEventTypeResponseShellCallOutputContentDelta:
		var v ResponseShellCallOutputContentDeltaStreamingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseShellCallOutputContentDelta(v)
	case OpenResponsesStreamEventTypeResponseShellCallOutputContentDone:
		var v ResponseShellCallOutputContentDoneStreamingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseShellCallOutputContentDone(v)
	case OpenResponsesStreamEventTypeResponseInProgress:
		var v OpenResponsesInProgressEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseInProgress(v)
	case OpenResponsesStreamEventTypeResponseFailed:
		var v OpenResponsesFailedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseFailed(v)
	case OpenResponsesStreamEventTypeResponseIncomplete:
		var v OpenResponsesIncompleteEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseIncomplete(v)
	case OpenResponsesStreamEventTypeResponseOutputItemAdded:
		var v OpenResponsesOutputItemAddedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseOutputItemAdded(v)
	case OpenResponsesStreamEventTypeResponseOutputItemDone:
		var v OpenResponsesOutputItemDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseOutputItemDone(v)
	case OpenResponsesStreamEventTypeResponseReasoningSummaryPartAdded:
		var v OpenResponsesReasoningSummaryPartAddedEventSchema
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseReasoningSummaryPartAdded(v)
	case OpenResponsesStreamEventTypeResponseReasoningSummaryPartDone:
		var v OpenResponsesReasoningSummaryPartDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseReasoningSummaryPartDone(v)
	case OpenResponsesStreamEventTypeResponseReasoningSummaryTextDelta:
		var v OpenResponsesReasoningSummaryTextDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseReasoningSummaryTextDelta(v)
	case OpenResponsesStreamEventTypeResponseReasoningSummaryTextDone:
		var v OpenResponsesReasoningSummaryTextDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseReasoningSummaryTextDone(v)
	case OpenResponsesStreamEventTypeResponseReasoningTextDelta:
		var v OpenResponsesReasoningDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseReasoningTextDelta(v)
	case OpenResponsesStreamEventTypeResponseReasoningTextDone:
		var v OpenResponsesReasoningDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseReasoningTextDone(v)
	case OpenResponsesStreamEventTypeResponseRefusalDelta:
		var v OpenResponsesRefusalDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseRefusalDelta(v)
	case OpenResponsesStreamEventTypeResponseRefusalDone:
		var v OpenResponsesRefusalDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseRefusalDone(v)
	case OpenResponsesStreamEventTypeResponseOutputTextDelta:
		var v OpenResponsesTextDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseOutputTextDelta(v)
	case OpenResponsesStreamEventTypeResponseOutputTextDone:
		var v OpenResponsesTextDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseOutputTextDone(v)
	case OpenResponsesStreamEventTypeResponseWebSearchCallCompleted:
		var v ResponseWebSearchCallCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseWebSearchCallCompleted(v)
	case OpenResponsesStreamEventTypeResponseWebSearchCallInProgress:
		var v ResponseWebSearchCallInProgressEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseWebSearchCallInProgress(v)
	case OpenResponsesStreamEventTypeResponseWebSearchCallSearching:
		var v ResponseWebSearchCallSearchingEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseWebSearchCallSearching(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallCompleted:
		var v OpenResponsesImageGenCallCompleted
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallCompleted(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallGenerating:
		var v OpenResponsesImageGenCallGenerating
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallGenerating(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallInProgress:
		var v OpenResponsesImageGenCallInProgress
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallInProgress(v)
	case OpenResponsesStreamEventTypeResponseImageGenerationCallPartialImage:
		var v OpenResponsesImageGenCallPartialImage
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseImageGenerationCallPartialImage(v)
	case OpenResponsesStreamEventTypeResponseMCPCallArgumentsDelta:
		var v ResponseMCPCallArgumentsDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPCallArgumentsDelta(v)
	case OpenResponsesStreamEventTypeResponseMCPCallArgumentsDone:
		var v ResponseMCPCallArgumentsDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPCallArgumentsDone(v)
	case OpenResponsesStreamEventTypeResponseMCPCallCompleted:
		var v ResponseMCPCallCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPCallCompleted(v)
	case OpenResponsesStreamEventTypeResponseMCPCallFailed:
		var v ResponseMCPCallFailedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPCallFailed(v)
	case OpenResponsesStreamEventTypeResponseMCPCallInProgress:
		var v ResponseMCPCallInProgressEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPCallInProgress(v)
	case OpenResponsesStreamEventTypeResponseMCPListToolsCompleted:
		var v ResponseMCPListToolsCompletedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPListToolsCompleted(v)
	case OpenResponsesStreamEventTypeResponseMCPListToolsFailed:
		var v ResponseMCPListToolsFailedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPListToolsFailed(v)
	case OpenResponsesStreamEventTypeResponseMCPListToolsInProgress:
		var v ResponseMCPListToolsInProgressEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseMCPListToolsInProgress(v)
	case OpenResponsesStreamEventTypeResponseOutputTextAnnotationAdded:
		var v OpenResponsesOutputTextAnnotationAddedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseOutputTextAnnotationAdded(v)
	case OpenResponsesStreamEventTypeResponseQueued:
		var v ResponseQueuedEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseQueued(v)
	case OpenResponsesStreamEventTypeResponseCustomToolCallInputDelta:
		var v ResponseCustomToolCallInputDeltaEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCustomToolCallInputDelta(v)
	case OpenResponsesStreamEventTypeResponseCustomToolCallInputDone:
		var v ResponseCustomToolCallInputDoneEvent
		if err := v.decode(data, path); err != nil {
			return err
		}
		*u = CreateOpenResponsesStreamEventResponseCustomToolCallInputDone(v)
	default:
		*u = OpenResponsesStreamEvent{Unknown: append(json.RawMessage(nil), data...), Type: OpenResponsesStreamEventType(tag)}
	}
	return nil
}

// MarshalJSON writes the member that is set, or the raw JSON of an unknown one.
func (u OpenResponsesStreamEvent) MarshalJSON() ([]byte, error) {
	switch {
	case u.ResponseAudioDeltaEvent != nil:
		return marshal(u.ResponseAudioDeltaEvent)
	case u.ResponseAudioDoneEvent != nil:
		return marshal(u.ResponseAudioDoneEvent)
	case u.ResponseAudioTranscriptDeltaEvent != nil:
		return marshal(u.ResponseAudioTranscriptDeltaEvent)
	case u.ResponseAudioTranscriptDoneEvent != nil:
		return marshal(u.ResponseAudioTranscriptDoneEvent)
	case u.ResponseCodeInterpreterCallCodeDeltaEvent != nil:
		return marshal(u.ResponseCodeInterpreterCallCodeDeltaEvent)
	case u.ResponseCodeInterpreterCallCodeDoneEvent != nil:
		return marshal(u.ResponseCodeInterpreterCallCodeDoneEvent)
	case u.ResponseCodeInterpreterCallCompletedEvent != nil:
		return marshal(u.ResponseCodeInterpreterCallCompletedEvent)
	case u.ResponseCodeInterpreterCallInProgressEvent != nil:
		return marshal(u.ResponseCodeInterpreterCallInProgressEvent)
	case u.ResponseCodeInterpreterCallInterpretingEvent != nil:
		return marshal(u.ResponseCodeInterpreterCallInterpretingEvent)
	case u.OpenResponsesCompletedEvent != nil:
		return marshal(u.OpenResponsesCompletedEvent)
	case u.OpenResponsesContentPartAddedEvent != nil:
		return marshal(u.OpenResponsesContentPartAddedEvent)
	case u.OpenResponsesContentPartDoneEvent != nil:
		return marshal(u.OpenResponsesContentPartDoneEvent)
	case u.OpenResponsesCreatedEvent != nil:
		return marshal(u.OpenResponsesCreatedEvent)
	case u.OpenResponsesErrorEvent != nil:
		return marshal(u.OpenResponsesErrorEvent)
	case u.ResponseFileSearchCallCompletedEvent != nil:
		return marshal(u.ResponseFileSearchCallCompletedEvent)
	case u.ResponseFileSearchCallInProgressEvent != nil:
		return marshal(u.ResponseFileSearchCallInProgressEvent)
	case u.ResponseFileSearchCallSearchingEvent != nil:
		return marshal(u.ResponseFileSearchCallSearchingEvent)
	case u.OpenResponsesFunctionCallArgumentsDeltaEvent != nil:
		return marshal(u.OpenResponsesFunctionCallArgumentsDeltaEvent)
	case u.OpenResponsesFunctionCallArgumentsDoneEvent != nil:
		return marshal(u.OpenResponsesFunctionCallArgumentsDoneEvent)
	case u.ResponseShellCallCommandAddedStreamingEvent != nil:
		return marshal(u.ResponseShellCallCommandAddedStreamingEvent)
	case u.ResponseShellCallCommandDeltaStreamingEvent != nil:
		return marshal(u.ResponseShellCallCommandDeltaStreamingEvent)
	case u.ResponseShellCallCommandDoneStreamingEvent != nil:
		return marshal(u.ResponseShellCallCommandDoneStreamingEvent)
	case u.ResponseShellCallOutputContentDeltaStreamingEvent != nil:
		return marshal(u.ResponseShellCallOutputContentDeltaStreamingEvent)
	case u.ResponseShellCallOutputContentDoneStreamingEvent != nil:
		return marshal(u.ResponseShellCallOutputContentDoneStreamingEvent)
	case u.OpenResponsesInProgressEvent != nil:
		return marshal(u.OpenResponsesInProgressEvent)
	case u.OpenResponsesFailedEvent != nil:
		return marshal(u.OpenResponsesFailedEvent)
	case u.OpenResponsesIncompleteEvent != nil:
		return marshal(u.OpenResponsesIncompleteEvent)
	case u.OpenResponsesOutputItemAddedEvent != nil:
		return marshal(u.OpenResponsesOutputItemAddedEvent)
	case u.OpenResponsesOutputItemDoneEvent != nil:
		return marshal(u.OpenResponsesOutputItemDoneEvent)
	case u.OpenResponsesReasoningSummaryPartAddedEventSchema != nil:
		return marshal(u.OpenResponsesReasoningSummaryPartAddedEventSchema)
	case u.OpenResponsesReasoningSummaryPartDoneEvent != nil:
		return marshal(u.OpenResponsesReasoningSummaryPartDoneEvent)
	case u.OpenResponsesReasoningSummaryTextDeltaEvent != nil:
		return marshal(u.OpenResponsesReasoningSummaryTextDeltaEvent)
	case u.OpenResponsesReasoningSummaryTextDoneEvent != nil:
		return marshal(u.OpenResponsesReasoningSummaryTextDoneEvent)
	case u.OpenResponsesReasoningDeltaEvent != nil:
		return marshal(u.OpenResponsesReasoningDeltaEvent)
	case u.OpenResponsesReasoningDoneEvent != nil:
		return marshal(u.OpenResponsesReasoningDoneEvent)
	case u.OpenResponsesRefusalDeltaEvent != nil:
		return marshal(u.OpenResponsesRefusalDeltaEvent)
	case u.OpenResponsesRefusalDoneEvent != nil:
		return marshal(u.OpenResponsesRefusalDoneEvent)
	case u.OpenResponsesTextDeltaEvent != nil:
		return marshal(u.OpenResponsesTextDeltaEvent)
	case u.OpenResponsesTextDoneEvent != nil:
		return marshal(u.OpenResponsesTextDoneEvent)
	case u.ResponseWebSearchCallCompletedEvent != nil:
		return marshal(u.ResponseWebSearchCallCompletedEvent)
	case u.ResponseWebSearchCallInProgressEvent != nil:
		return marshal(u.ResponseWebSearchCallInProgressEvent)
	case u.ResponseWebSearchCallSearchingEvent != nil:
		return marshal(u.ResponseWebSearchCallSearchingEvent)
	case u.OpenResponsesImageGenCallCompleted != nil:
		return marshal(u.OpenResponsesImageGenCallCompleted)
	case u.OpenResponsesImageGenCallGenerating != nil:
		return marshal(u.OpenResponsesImageGenCallGenerating)
	case u.OpenResponsesImageGenCallInProgress != nil:
		return marshal(u.OpenResponsesImageGenCallInProgress)
	case u.OpenResponsesImageGenCallPartialImage != nil:
		return marshal(u.OpenResponsesImageGenCallPartialImage)
	case u.ResponseMCPCallArgumentsDeltaEvent != nil:
		return marshal(u.ResponseMCPCallArgumentsDeltaEvent)
	case u.ResponseMCPCallArgumentsDoneEvent != nil:
		return marshal(u.ResponseMCPCallArgumentsDoneEvent)
	case u.ResponseMCPCallCompletedEvent != nil:
		return marshal(u.ResponseMCPCallCompletedEvent)
	case u.ResponseMCPCallFailedEvent != nil:
		return marshal(u.ResponseMCPCallFailedEvent)
	case u.ResponseMCPCallInProgressEvent != nil:
		return marshal(u.ResponseMCPCallInProgressEvent)
	case u.ResponseMCPListToolsCompletedEvent != nil:
		return marshal(u.ResponseMCPListToolsCompletedEvent)
	case u.ResponseMCPListToolsFailedEvent != nil:
		return marshal(u.ResponseMCPListToolsFailedEvent)
	case u.ResponseMCPListToolsInProgressEvent != nil:
		return marshal(u.ResponseMCPListToolsInProgressEvent)
	case u.OpenResponsesOutputTextAnnotationAddedEvent != nil:
		return marshal(u.OpenResponsesOutputTextAnnotationAddedEvent)
	case u.ResponseQueuedEvent != nil:
		return marshal(u.ResponseQueuedEvent)
	case u.ResponseCustomToolCallInputDeltaEvent != nil:
		return marshal(u.ResponseCustomToolCallInputDeltaEvent)
	case u.ResponseCustomToolCallInputDoneEvent != nil:
		return marshal(u.ResponseCustomToolCallInputDoneEvent)
	case u.Unknown != nil:
		return u.Unknown, nil
	}
	return nil, noMember("OpenResponsesStreamEvent")
}

// NewOpenResponsesStreamEventReader reads OpenResponsesStreamEvent values from a text/event-stream
// body, such as an HTTP response body, one per server-sent event, until the body ends or sends
// `data: [DONE]`:
//
//	events := components.NewOpenResponsesStreamEventReader(resp.Body)
//	defer events.Close()
//	for events.Next() {
//		ev := events.Value() // a *OpenResponsesStreamEvent
//		_ = ev
//	}
//	if err := events.Err(); err != nil {
//		// a *stream.EventError (line, event name) wrapping a *DecodeError (JSON path)
//	}
//
// Each event decodes as strictly as UnmarshalJSON decodes; see package stream for the framing.
func NewOpenResponsesStreamEventReader(body io.Reader) *stream.EventStream[OpenResponsesStreamEvent] {
	return stream.NewEventStream(body, stream.JSON[OpenResponsesStreamEvent])
}
