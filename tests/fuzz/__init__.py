"""Schema fuzzing: random valid xsdk input documents (schemas.py), generated, type-checked and
round-tripped in batches (harness.py); driven by tests/test_fuzz.py and `make fuzz`."""
