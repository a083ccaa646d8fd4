"""The combination rule: false alarms erode trust faster than misses."""

from coaching.axes import Axis
from coaching.findings import Finding, FindingKind, Strength, make_finding
from coaching.review import add_sentence_evidence, clean_scores, combine, evidence_sentences

TEXT = "Orion avance bien. Les chiffres sont bons."
THRESHOLDS = {axis: 0.5 for axis in Axis}


def scores(tone: float = 0.0, conf: float = 0.0, auth: float = 0.0) -> dict[Axis, float]:
    return {Axis.TONE: tone, Axis.CONFIDENTIALITY: conf, Axis.AUTHENTICITY: auth}


def weak_conf() -> Finding:
    return make_finding(TEXT, 0, 5, FindingKind.FIGURE, Strength.WEAK)


def strong_conf() -> Finding:
    return make_finding(TEXT, 0, 5, FindingKind.CODE_NAME, Strength.STRONG)


def test_classifier_alone_flags_at_threshold() -> None:
    review = combine(TEXT, scores(tone=0.5), THRESHOLDS, ())
    assert review.flags == {Axis.TONE: True, Axis.CONFIDENTIALITY: False, Axis.AUTHENTICITY: False}


def test_strong_finding_flags_alone() -> None:
    review = combine(TEXT, scores(), THRESHOLDS, (strong_conf(),))
    assert review.flags[Axis.CONFIDENTIALITY]
    assert review.findings == (strong_conf(),)


def test_weak_finding_needs_four_fifths_of_the_threshold() -> None:
    below = combine(TEXT, scores(conf=0.39), THRESHOLDS, (weak_conf(),))
    assert not below.flags[Axis.CONFIDENTIALITY]
    assert below.findings == ()
    above = combine(TEXT, scores(conf=0.4), THRESHOLDS, (weak_conf(),))
    assert above.flags[Axis.CONFIDENTIALITY]
    assert above.findings == (weak_conf(),)


def test_weak_findings_on_an_unflagged_axis_are_dropped() -> None:
    tone_weak = make_finding(TEXT, 6, 12, FindingKind.SHOUTING, Strength.WEAK)
    review = combine(TEXT, scores(conf=0.9), THRESHOLDS, (weak_conf(), tone_weak))
    assert review.findings == (weak_conf(),)


def test_protected_critique_needs_a_sure_classifier() -> None:
    text = "Je ne suis pas d'accord avec le gel des salaires : +1 % face à 5 % d'inflation."
    percent = make_finding(
        text, text.index("+1 %"), text.index("+1 %") + 4, FindingKind.PERCENT, Strength.WEAK
    )
    review = combine(text, scores(tone=0.6, conf=0.45), THRESHOLDS, (percent,))
    assert review.protected_critique
    assert not review.flags[Axis.TONE] and not review.flags[Axis.CONFIDENTIALITY]
    assert review.findings == ()
    sure = combine(text, scores(tone=0.8), THRESHOLDS, ())
    assert sure.flags[Axis.TONE]


def test_insult_lifts_the_protection() -> None:
    text = "Le gel des salaires, décidé par ces abrutis."
    insult = make_finding(
        text, text.index("abrutis"), len(text) - 1, FindingKind.INSULT, Strength.STRONG
    )
    review = combine(text, scores(tone=0.6), THRESHOLDS, (insult,))
    assert not review.protected_critique and review.flags[Axis.TONE]


def test_a_reported_insult_keeps_the_protection() -> None:
    text = "Le chef m'a traitée de salope quand j'ai parlé des salaires."
    start = text.index("salope")
    reported = make_finding(
        text, start, start + len("salope"), FindingKind.REPORTED_INSULT, Strength.WEAK
    )
    review = combine(text, scores(tone=0.6), THRESHOLDS, (reported,))
    assert review.protected_critique and not review.flags[Axis.TONE]


def test_classifier_only_flag_quotes_the_highest_scoring_sentence() -> None:
    review = combine(TEXT, scores(auth=0.9), THRESHOLDS, ())
    assert review.unevidenced == (Axis.AUTHENTICITY,)
    spans = evidence_sentences(TEXT)
    sentence_scores = [scores(auth=0.2), scores(auth=0.8)]
    evidenced = add_sentence_evidence(review, TEXT, spans, sentence_scores)
    (finding,) = evidenced.findings
    assert finding.kind is FindingKind.SENTENCE and finding.axis is Axis.AUTHENTICITY
    assert finding.quote == "Les chiffres sont bons." == TEXT[finding.start : finding.end]
    assert evidenced.unevidenced == ()


def test_scores_are_cleaned() -> None:
    cleaned = clean_scores({"tone": float("nan"), "confidentiality": 3.0, "other": 1.0})
    assert cleaned == {Axis.TONE: 0.0, Axis.CONFIDENTIALITY: 1.0, Axis.AUTHENTICITY: 0.0}


def test_evidence_sentences_are_short_and_exact() -> None:
    text = "Un. " + "mot " * 200 + "fin."
    for start, end in evidence_sentences(text):
        assert end - start <= 240
        assert text[start:end].strip() == text[start:end]
