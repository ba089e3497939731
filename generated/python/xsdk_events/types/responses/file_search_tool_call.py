# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .vector_store_file_attributes import VectorStoreFileAttributes

__all__ = ["FileSearchToolCall", "Results"]


class Results(BaseModel):
    __wire_not_null__ = frozenset({"file_id", "text", "filename", "score"})

    file_id: Optional[str] = None

    text: Optional[str] = None

    filename: Optional[str] = None

    attributes: Optional[VectorStoreFileAttributes] = None

    score: Optional[float] = None


class FileSearchToolCall(BaseModel):
    id: str

    type: Literal["file_search_call"]

    status: Literal["in_progress", "searching", "completed", "incomplete", "failed"]

    queries: List[str]

    results: Optional[List[Results]] = None
