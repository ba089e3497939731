# Code generated from schemas/openapi.yaml by xsdk 0.1.0. DO NOT EDIT.

from typing import Literal

from ..._models import BaseModel
from .grammar_syntax1 import GrammarSyntax1

__all__ = ["CustomGrammarFormatParam"]


class CustomGrammarFormatParam(BaseModel):
    type: Literal["grammar"]

    syntax: GrammarSyntax1

    definition: str
