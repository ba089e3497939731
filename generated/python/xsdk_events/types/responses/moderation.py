# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .moderation_error_body import ModerationErrorBody
from .moderation_result_body import ModerationResultBody

__all__ = ["Moderation", "Input", "Output", "InputUnknown", "OutputUnknown"]

_Input_TAGS = frozenset({
    "moderation_result",
    "error",
})


class InputUnknown(BaseModel):
    """The Input member for a `type` this version does not know; every field is kept as received."""

    type: str


Input: TypeAlias = Annotated[
    Union[
        Annotated[ModerationResultBody, Tag("moderation_result")],
        Annotated[ModerationErrorBody, Tag("error")],
        Annotated[InputUnknown, Tag("InputUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Input_TAGS, "InputUnknown")),
]

_Output_TAGS = frozenset({
    "moderation_result",
    "error",
})


class OutputUnknown(BaseModel):
    """The Output member for a `type` this version does not know; every field is kept as received."""

    type: str


Output: TypeAlias = Annotated[
    Union[
        Annotated[ModerationResultBody, Tag("moderation_result")],
        Annotated[ModerationErrorBody, Tag("error")],
        Annotated[OutputUnknown, Tag("OutputUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Output_TAGS, "OutputUnknown")),
]


class Moderation(BaseModel):
    input: Input

    output: Output
