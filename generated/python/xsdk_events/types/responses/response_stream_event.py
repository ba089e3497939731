# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .response_audio_delta_event import ResponseAudioDeltaEvent
from .response_audio_done_event import ResponseAudioDoneEvent
from .response_audio_transcript_delta_event import ResponseAudioTranscriptDeltaEvent
from .response_audio_transcript_done_event import ResponseAudioTranscriptDoneEvent
from .response_code_interpreter_call_code_delta_event import ResponseCodeInterpreterCallCodeDeltaEvent
from .response_code_interpreter_call_code_done_event import ResponseCodeInterpreterCallCodeDoneEvent
from .response_code_interpreter_call_completed_event import ResponseCodeInterpreterCallCompletedEvent
from .response_code_interpreter_call_in_progress_event import ResponseCodeInterpreterCallInProgressEvent
from .response_code_interpreter_call_interpreting_event import ResponseCodeInterpreterCallInterpretingEvent
from .response_completed_event import ResponseCompletedEvent
from .response_content_part_added_event import ResponseContentPartAddedEvent
from .response_content_part_done_event import ResponseContentPartDoneEvent
from .response_created_event import ResponseCreatedEvent
from .response_custom_tool_call_input_delta_event import ResponseCustomToolCallInputDeltaEvent
from .response_custom_tool_call_input_done_event import ResponseCustomToolCallInputDoneEvent
from .response_error_event import ResponseErrorEvent
from .response_failed_event import ResponseFailedEvent
from .response_file_search_call_completed_event import ResponseFileSearchCallCompletedEvent
from .response_file_search_call_in_progress_event import ResponseFileSearchCallInProgressEvent
from .response_file_search_call_searching_event import ResponseFileSearchCallSearchingEvent
from .response_function_call_arguments_delta_event import ResponseFunctionCallArgumentsDeltaEvent
from .response_function_call_arguments_done_event import ResponseFunctionCallArgumentsDoneEvent
from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent
from .response_in_progress_event import ResponseInProgressEvent
from .response_incomplete_event import ResponseIncompleteEvent
from .response_mcp_call_arguments_delta_event import ResponseMcpCallArgumentsDeltaEvent
from .response_mcp_call_arguments_done_event import ResponseMcpCallArgumentsDoneEvent
from .response_mcp_call_completed_event import ResponseMcpCallCompletedEvent
from .response_mcp_call_failed_event import ResponseMcpCallFailedEvent
from .response_mcp_call_in_progress_event import ResponseMcpCallInProgressEvent
from .response_mcp_list_tools_completed_event import ResponseMcpListToolsCompletedEvent
from .response_mcp_list_tools_failed_event import ResponseMcpListToolsFailedEvent
from .response_mcp_list_tools_in_progress_event import ResponseMcpListToolsInProgressEvent
from .response_output_item_added_event import ResponseOutputItemAddedEvent
from .response_output_item_done_event import ResponseOutputItemDoneEvent
from .response_output_text_annotation_added_event import ResponseOutputTextAnnotationAddedEvent
from .response_queued_event import ResponseQueuedEvent
from .response_reasoning_summary_part_added_event import ResponseReasoningSummaryPartAddedEvent
from .response_reasoning_summary_part_done_event import ResponseReasoningSummaryPartDoneEvent
from .response_reasoning_summary_text_delta_event import ResponseReasoningSummaryTextDeltaEvent
from .response_reasoning_summary_text_done_event import ResponseReasoningSummaryTextDoneEvent
from .response_reasoning_text_delta_event import ResponseReasoningTextDeltaEvent
from .response_reasoning_text_done_event import ResponseReasoningTextDoneEvent
from .response_refusal_delta_event import ResponseRefusalDeltaEvent
from .response_refusal_done_event import ResponseRefusalDoneEvent
from .response_shell_call_command_added_event import ResponseShellCallCommandAddedEvent
from .response_shell_call_command_delta_event import ResponseShellCallCommandDeltaEvent
from .response_shell_call_command_done_event import ResponseShellCallCommandDoneEvent
from .response_shell_call_output_content_delta_event import ResponseShellCallOutputContentDeltaEvent
from .response_shell_call_output_content_done_event import ResponseShellCallOutputContentDoneEvent
from .response_text_delta_event import ResponseTextDeltaEvent
from .response_text_done_event import ResponseTextDoneEvent
from .response_web_search_call_completed_event import ResponseWebSearchCallCompletedEvent
from .response_web_search_call_in_progress_event import ResponseWebSearchCallInProgressEvent
from .response_web_search_call_searching_event import ResponseWebSearchCallSearchingEvent

__all__ = ["ResponseStreamEvent", "ResponseStreamEventUnknown"]

_ResponseStreamEvent_TAGS = frozenset({
    "response.audio.delta",
    "response.audio.done",
    "response.audio.transcript.delta",
    "response.audio.transcript.done",
    "response.code_interpreter_call_code.delta",
    "response.code_interpreter_call_code.done",
    "response.code_interpreter_call.completed",
    "response.code_interpreter_call.in_progress",
    "response.code_interpreter_call.interpreting",
    "response.completed",
    "response.content_part.added",
    "response.content_part.done",
    "response.created",
    "error",
    "response.file_search_call.completed",
    "response.file_search_call.in_progress",
    "response.file_search_call.searching",
    "response.function_call_arguments.delta",
    "response.function_call_arguments.done",
    "response.shell_call_command.added",
    "response.shell_call_command.delta",
    "response.shell_call_command.done",
    "response.shell_call_output_content.delta",
    "response.shell_call_output_content.done",
    "response.in_progress",
    "response.failed",
    "response.incomplete",
    "response.output_item.added",
    "response.output_item.done",
    "response.reasoning_summary_part.added",
    "response.reasoning_summary_part.done",
    "response.reasoning_summary_text.delta",
    "response.reasoning_summary_text.done",
    "response.reasoning_text.delta",
    "response.reasoning_text.done",
    "response.refusal.delta",
    "response.refusal.done",
    "response.output_text.delta",
    "response.output_text.done",
    "response.web_search_call.completed",
    "response.web_search_call.in_progress",
    "response.web_search_call.searching",
    "response.image_generation_call.completed",
    "response.image_generation_call.generating",
    "response.image_generation_call.in_progress",
    "response.image_generation_call.partial_image",
    "response.mcp_call_arguments.delta",
    "response.mcp_call_arguments.done",
    "response.mcp_call.completed",
    "response.mcp_call.failed",
    "response.mcp_call.in_progress",
    "response.mcp_list_tools.completed",
    "response.mcp_list_tools.failed",
    "response.mcp_list_tools.in_progress",
    "response.output_text.annotation.added",
    "response.queued",
    "response.custom_tool_call_input.delta",
    "response.custom_tool_call_input.done",
})


class ResponseStreamEventUnknown(BaseModel):
    """The ResponseStreamEvent member for a `type` this version does not know; every field is kept as received."""

    type: str


ResponseStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ResponseAudioDeltaEvent, Tag("response.audio.delta")],
        Annotated[ResponseAudioDoneEvent, Tag("response.audio.done")],
        Annotated[ResponseAudioTranscriptDeltaEvent, Tag("response.audio.transcript.delta")],
        Annotated[ResponseAudioTranscriptDoneEvent, Tag("response.audio.transcript.done")],
        Annotated[ResponseCodeInterpreterCallCodeDeltaEvent, Tag("response.code_interpreter_call_code.delta")],
        Annotated[ResponseCodeInterpreterCallCodeDoneEvent, Tag("response.code_interpreter_call_code.done")],
        Annotated[ResponseCodeInterpreterCallCompletedEvent, Tag("response.code_interpreter_call.completed")],
        Annotated[ResponseCodeInterpreterCallInProgressEvent, Tag("response.code_interpreter_call.in_progress")],
        Annotated[ResponseCodeInterpreterCallInterpretingEvent, Tag("response.code_interpreter_call.interpreting")],
        Annotated[ResponseCompletedEvent, Tag("response.completed")],
        Annotated[ResponseContentPartAddedEvent, Tag("response.content_part.added")],
        Annotated[ResponseContentPartDoneEvent, Tag("response.content_part.done")],
        Annotated[ResponseCreatedEvent, Tag("response.created")],
        Annotated[ResponseErrorEvent, Tag("error")],
        Annotated[ResponseFileSearchCallCompletedEvent, Tag("response.file_search_call.completed")],
        Annotated[ResponseFileSearchCallInProgressEvent, Tag("response.file_search_call.in_progress")],
        Annotated[ResponseFileSearchCallSearchingEvent, Tag("response.file_search_call.searching")],
        Annotated[ResponseFunctionCallArgumentsDeltaEvent, Tag("response.function_call_arguments.delta")],
        Annotated[ResponseFunctionCallArgumentsDoneEvent, Tag("response.function_call_arguments.done")],
        Annotated[ResponseShellCallCommandAddedEvent, Tag("response.shell_call_command.added")],
        Annotated[ResponseShellCallCommandDeltaEvent, Tag("response.shell_call_command.delta")],
        Annotated[ResponseShellCallCommandDoneEvent, Tag("response.shell_call_command.done")],
        Annotated[ResponseShellCallOutputContentDeltaEvent, Tag("response.shell_call_output_content.delta")],
        Annotated[ResponseShellCallOutputContentDoneEvent, Tag("response.shell_call_output_content.done")],
        Annotated[ResponseInProgressEvent, Tag("response.in_progress")],
        Annotated[ResponseFailedEvent, Tag("response.failed")],
        Annotated[ResponseIncompleteEvent, Tag("response.incomplete")],
        Annotated[ResponseOutputItemAddedEvent, Tag("response.output_item.added")],
        Annotated[ResponseOutputItemDoneEvent, Tag("response.output_item.done")],
        Annotated[ResponseReasoningSummaryPartAddedEvent, Tag("response.reasoning_summary_part.added")],
        Annotated[ResponseReasoningSummaryPartDoneEvent, Tag("response.reasoning_summary_part.done")],
        Annotated[ResponseReasoningSummaryTextDeltaEvent, Tag("response.reasoning_summary_text.delta")],
        Annotated[ResponseReasoningSummaryTextDoneEvent, Tag("response.reasoning_summary_text.done")],
        Annotated[ResponseReasoningTextDeltaEvent, Tag("response.reasoning_text.delta")],
        Annotated[ResponseReasoningTextDoneEvent, Tag("response.reasoning_text.done")],
        Annotated[ResponseRefusalDeltaEvent, Tag("response.refusal.delta")],
        Annotated[ResponseRefusalDoneEvent, Tag("response.refusal.done")],
        Annotated[ResponseTextDeltaEvent, Tag("response.output_text.delta")],
        Annotated[ResponseTextDoneEvent, Tag("response.output_text.done")],
        Annotated[ResponseWebSearchCallCompletedEvent, Tag("response.web_search_call.completed")],
        Annotated[ResponseWebSearchCallInProgressEvent, Tag("response.web_search_call.in_progress")],
        Annotated[ResponseWebSearchCallSearchingEvent, Tag("response.web_search_call.searching")],
        Annotated[ResponseImageGenCallCompletedEvent, Tag("response.image_generation_call.completed")],
        Annotated[ResponseImageGenCallGeneratingEvent, Tag("response.image_generation_call.generating")],
        Annotated[ResponseImageGenCallInProgressEvent, Tag("response.image_generation_call.in_progress")],
        Annotated[ResponseImageGenCallPartialImageEvent, Tag("response.image_generation_call.partial_image")],
        Annotated[ResponseMcpCallArgumentsDeltaEvent, Tag("response.mcp_call_arguments.delta")],
        Annotated[ResponseMcpCallArgumentsDoneEvent, Tag("response.mcp_call_arguments.done")],
        Annotated[ResponseMcpCallCompletedEvent, Tag("response.mcp_call.completed")],
        Annotated[ResponseMcpCallFailedEvent, Tag("response.mcp_call.failed")],
        Annotated[ResponseMcpCallInProgressEvent, Tag("response.mcp_call.in_progress")],
        Annotated[ResponseMcpListToolsCompletedEvent, Tag("response.mcp_list_tools.completed")],
        Annotated[ResponseMcpListToolsFailedEvent, Tag("response.mcp_list_tools.failed")],
        Annotated[ResponseMcpListToolsInProgressEvent, Tag("response.mcp_list_tools.in_progress")],
        Annotated[ResponseOutputTextAnnotationAddedEvent, Tag("response.output_text.annotation.added")],
        Annotated[ResponseQueuedEvent, Tag("response.queued")],
        Annotated[ResponseCustomToolCallInputDeltaEvent, Tag("response.custom_tool_call_input.delta")],
        Annotated[ResponseCustomToolCallInputDoneEvent, Tag("response.custom_tool_call_input.done")],
        Annotated[ResponseStreamEventUnknown, Tag("ResponseStreamEventUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ResponseStreamEvent_TAGS, "ResponseStreamEventUnknown")),
]
"""Any event of a Responses API stream; the `type` field tells which one it is."""
