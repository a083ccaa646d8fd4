"""The French classifier: base encoder, data, training, evaluation and inference.

Importing this package is cheap: torch, transformers and numpy are imported
inside the functions that need them.
"""
