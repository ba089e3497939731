# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from .._models import BaseModel, tag_or_unknown
from .image_edit_completed_event import ImageEditCompletedEvent
from .image_edit_partial_image_event import ImageEditPartialImageEvent

__all__ = ["ImageEditStreamEvent", "ImageEditStreamEventUnknown"]

_ImageEditStreamEvent_TAGS = frozenset({
    "image_edit.partial_image",
    "image_edit.completed",
})


class ImageEditStreamEventUnknown(BaseModel):
    """The ImageEditStreamEvent member for a `type` this version does not know; every field is kept as received."""

    type: str


ImageEditStreamEvent: TypeAlias = Annotated[
    Union[
        Annotated[ImageEditPartialImageEvent, Tag("image_edit.partial_image")],
        Annotated[ImageEditCompletedEvent, Tag("image_edit.completed")],
        Annotated[ImageEditStreamEventUnknown, Tag("ImageEditStreamEventUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _ImageEditStreamEvent_TAGS, "ImageEditStreamEventUnknown")),
]
"""Any event of an image edit stream; the `type` field tells which one it is."""
