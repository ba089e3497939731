# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Optional

from ..._models import BaseModel
from .hybrid_search_options import HybridSearchOptions
from .ranker_version_type import RankerVersionType

__all__ = ["RankingOptions"]


class RankingOptions(BaseModel):
    __wire_not_null__ = frozenset({"ranker", "score_threshold", "hybrid_search"})

    ranker: Optional[RankerVersionType] = None

    score_threshold: Optional[float] = None

    hybrid_search: Optional[HybridSearchOptions] = None
