# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Union
from typing_extensions import Annotated, TypeAlias

from pydantic import Discriminator, Tag

from ..._models import BaseModel, tag_or_unknown
from .container_file_citation_body import ContainerFileCitationBody
from .file_citation_body import FileCitationBody
from .file_path import FilePath
from .url_citation_body import UrlCitationBody

__all__ = ["Annotation", "AnnotationUnknown"]

_Annotation_TAGS = frozenset({
    "file_citation",
    "url_citation",
    "container_file_citation",
    "file_path",
})


class AnnotationUnknown(BaseModel):
    """The Annotation member for a `type` this version does not know; every field is kept as received."""

    type: str


Annotation: TypeAlias = Annotated[
    Union[
        Annotated[FileCitationBody, Tag("file_citation")],
        Annotated[UrlCitationBody, Tag("url_citation")],
        Annotated[ContainerFileCitationBody, Tag("container_file_citation")],
        Annotated[FilePath, Tag("file_path")],
        Annotated[AnnotationUnknown, Tag("AnnotationUnknown")],
    ],
    Discriminator(tag_or_unknown("type", _Annotation_TAGS, "AnnotationUnknown")),
]
