# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .web_search_approximate_location import WebSearchApproximateLocation

__all__ = ["WebSearchTool", "Filters"]


class Filters(BaseModel):
    allowed_domains: Optional[List[str]] = None


class WebSearchTool(BaseModel):
    __wire_not_null__ = frozenset({"external_web_access", "search_context_size"})

    type: Literal["web_search", "web_search_2025_08_26"]

    external_web_access: Optional[bool] = None

    filters: Optional[Filters] = None

    user_location: Optional[WebSearchApproximateLocation] = None

    search_context_size: Optional[Literal["low", "medium", "high"]] = None
