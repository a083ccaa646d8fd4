"""The nine ideas of shared/PRINCIPLES.md, as themes the weekly tips teach one at a time."""

from enum import StrEnum


class Theme(StrEnum):
    """One principle of PRINCIPLES.md (numbered as there)."""

    TRUST = "trust"  # 1. trust first, the last word is the author's
    UNDERSTANDING = "understanding"  # 2. educate rather than police: why, then how
    FRONT_PAGE = "front_page"  # 3. the front-page test
    FOREVER = "forever"  # 4. online is forever, screenshots travel
    OWN_WORDS = "own_words"  # 5. authenticity beats talking points
    AFFILIATION = "affiliation"  # 6. say you work there
    CONFIDENTIAL = "confidential"  # 7. confidential stays confidential
    CRITICISM = "criticism"  # 8. criticism is allowed, contempt is not wise
    PRIVACY = "privacy"  # 9. privacy cuts both ways
