# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .approximate_location import ApproximateLocation
from .search_content_type import SearchContentType
from .search_context_size import SearchContextSize

__all__ = ["WebSearchPreviewTool"]


class WebSearchPreviewTool(BaseModel):
    __wire_not_null__ = frozenset({"search_context_size", "search_content_types"})

    type: Literal["web_search_preview", "web_search_preview_2025_03_11"]

    user_location: Optional[ApproximateLocation] = None

    search_context_size: Optional[SearchContextSize] = None

    search_content_types: Optional[List[SearchContentType]] = None
