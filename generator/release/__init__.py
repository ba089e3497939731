"""Releasing the packages: version rules, breaking-change detection against a baseline, what ships."""
