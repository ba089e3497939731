# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel

__all__ = ["WebSearchActionSearch", "Sources"]


class Sources(BaseModel):
    type: Literal["url"]

    url: str


class WebSearchActionSearch(BaseModel):
    __wire_not_null__ = frozenset({"query", "queries", "sources"})

    type: Literal["search"]

    query: Optional[str] = None

    queries: Optional[List[str]] = None

    sources: Optional[List[Sources]] = None
