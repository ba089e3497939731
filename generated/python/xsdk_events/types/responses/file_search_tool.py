# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import List, Literal, Optional

from ..._models import BaseModel
from .filters import Filters
from .ranking_options import RankingOptions

__all__ = ["FileSearchTool"]


class FileSearchTool(BaseModel):
    __wire_not_null__ = frozenset({"max_num_results", "ranking_options"})

    type: Literal["file_search"]

    vector_store_ids: List[str]

    max_num_results: Optional[int] = None

    ranking_options: Optional[RankingOptions] = None

    filters: Optional[Filters] = None
