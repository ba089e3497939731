"""Stage 4: naming. Casing rules, reserved words and one profile per target vendor convention."""
