# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._models import BaseModel, tag_or_unknown
from .image_gen_completed_event import ImageGenCompletedEvent
from .image_gen_partial_image_event import ImageGenPartialImageEvent

__all__ = ["ImageGenStreamEvent", "ImageGenStreamEventUnknown"]

_ImageGenStreamEvent_TAGS = frozenset({
    "image_generation.partial_image",
    "image_generation.completed",
})


class ImageGenStreamEventUnknown(BaseModel):
    """The ImageGenStreamEvent member for a `type` this version does not know; every field is kept as received."""

    type: str


ImageGenStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ImageGenPartialImageEvent, Tag("image_generation.partial_image")],
        Annotated[ImageGenCompletedEvent, Tag("image_generation.completed")],
        Annotated[ImageGenStreamEventUnknown, Tag("ImageGenStreamEventUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ImageGenStreamEvent_TAGS, "ImageGenStreamEventUnknown")),
]
"""Any event of an image generation stream; the `type` field tells which one it is."""
