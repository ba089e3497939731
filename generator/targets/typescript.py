"""placeholder"""
from ..write import Tree

def render(ctx) -> Tree:
    return {}
