# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .response_image_gen_call_completed_event import ResponseImageGenCallCompletedEvent
from .response_image_gen_call_generating_event import ResponseImageGenCallGeneratingEvent
from .response_image_gen_call_in_progress_event import ResponseImageGenCallInProgressEvent
from .response_image_gen_call_partial_image_event import ResponseImageGenCallPartialImageEvent

__all__ = ["ResponseStreamEvent", "ResponseStreamEventUnknown"]

_ResponseStreamEvent_TAGS = frozenset({
    "response.image_generation_call.in_progress",
    "response.image_generation_call.generating",
    "response.image_generation_call.partial_image",
    "response.image_generation_call.completed",
})


class ResponseStreamEventUnknown(BaseModel):
    """The ResponseStreamEvent member for a `type` this version does not know; every field is kept as received."""

    type: str


ResponseStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ResponseImageGenCallInProgressEvent, Tag("response.image_generation_call.in_progress")],
        Annotated[ResponseImageGenCallGeneratingEvent, Tag("response.image_generation_call.generating")],
        Annotated[ResponseImageGenCallPartialImageEvent, Tag("response.image_generation_call.partial_image")],
        Annotated[ResponseImageGenCallCompletedEvent, Tag("response.image_generation_call.completed")],
        Annotated[ResponseStreamEventUnknown, Tag("ResponseStreamEventUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ResponseStreamEvent_TAGS, "ResponseStreamEventUnknown")),
]
"""Any event of a Responses API stream; the `type` field tells which one it is."""
