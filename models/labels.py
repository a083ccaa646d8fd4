"""The three labels, in the order of the classifier's outputs (= LABELS.md names).

This tuple is the contract with `coaching.axes.Axis`; a test checks they match.
"""

LABELS: tuple[str, ...] = ("tone", "confidentiality", "authenticity")
