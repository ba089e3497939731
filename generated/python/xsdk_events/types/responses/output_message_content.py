# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .output_text_content import OutputTextContent
from .refusal_content import RefusalContent

__all__ = ["OutputMessageContent", "OutputMessageContentUnknown"]

_OutputMessageContent_TAGS = frozenset({
    "output_text",
    "refusal",
})


class OutputMessageContentUnknown(BaseModel):
    """The OutputMessageContent member for a `type` this version does not know; every field is kept as received."""

    type: str


OutputMessageContent: TypeAlias = Annotated[
    Union[
        Annotated[OutputTextContent, Tag("output_text")],
        Annotated[RefusalContent, Tag("refusal")],
        Annotated[OutputMessageContentUnknown, Tag("OutputMessageContentUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _OutputMessageContent_TAGS, "OutputMessageContentUnknown")),
]
