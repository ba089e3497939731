# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal, Optional

from ..._models import BaseModel
from .annotation import Annotation

__all__ = ["ResponseOutputTextAnnotationAddedEvent"]


class ResponseOutputTextAnnotationAddedEvent(BaseModel):
    __wire_required__ = frozenset({"annotation"})

    type: Literal["response.output_text.annotation.added"]

    item_id: str

    output_index: int

    content_index: int

    annotation_index: int

    sequence_number: int

    annotation: Optional[Annotation] = None
