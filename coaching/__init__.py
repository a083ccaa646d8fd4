"""checkpost's domain: from a draft to warm, specific coaching in French. Standard library only.

Entry point: `Coach(classifier, policy, names).review(text) -> Guidance`.
"""
