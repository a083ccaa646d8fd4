"""The weekly tip bank: 54 tips, 18 per axis, every principle of PRINCIPLES.md taught."""

from coaching.tip_bank.authenticity import AUTHENTICITY_TIPS
from coaching.tip_bank.confidentiality import CONFIDENTIALITY_TIPS
from coaching.tip_bank.tip import Tip
from coaching.tip_bank.tone import TONE_TIPS

TIPS: tuple[Tip, ...] = (*TONE_TIPS, *CONFIDENTIALITY_TIPS, *AUTHENTICITY_TIPS)

__all__ = ["TIPS", "Tip"]
