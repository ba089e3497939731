# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .output_text_content import OutputTextContent
from .reasoning_text_content import ReasoningTextContent
from .refusal_content import RefusalContent

__all__ = ["OutputContent", "OutputContentUnknown"]

_OutputContent_TAGS = frozenset({
    "output_text",
    "refusal",
    "reasoning_text",
})


class OutputContentUnknown(BaseModel):
    """The OutputContent member for a `type` this version does not know; every field is kept as received."""

    type: str


OutputContent: TypeAlias = Annotated[
    Union[
        Annotated[OutputTextContent, Tag("output_text")],
        Annotated[RefusalContent, Tag("refusal")],
        Annotated[ReasoningTextContent, Tag("reasoning_text")],
        Annotated[OutputContentUnknown, Tag("OutputContentUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _OutputContent_TAGS, "OutputContentUnknown")),
]
