"""The one entry point: a raw draft in, a `Guidance` out (or a `DraftError` for bad input)."""

from collections.abc import Mapping, Sequence

from coaching.axes import Axis
from coaching.detectors import detect_findings, drop_allowed
from coaching.drafts import Draft, DraftError, prepare_draft
from coaching.guidance import Guidance, compose_guidance
from coaching.language import Language, detect_language
from coaching.policy import Policy
from coaching.ports import Classifier, NameFinder
from coaching.review import Review, add_sentence_evidence, clean_scores, combine, evidence_sentences

_NO_WORDS_REVIEW = Review({}, {}, {axis: False for axis in Axis}, (), Language.UNKNOWN)


class Coach:
    """A second pair of eyes: never blocks, never reports, leaves the decision to the author."""

    def __init__(
        self, classifier: Classifier, policy: Policy = Policy(), names: NameFinder | None = None
    ) -> None:
        self.classifier = classifier
        self.policy = policy
        self.names = names

    def review(
        self,
        text: str | bytes,
        *,
        allow_list: frozenset[str] = frozenset(),
        policy: Policy | None = None,
    ) -> Guidance:
        """Review one draft; raises only `DraftError` subclasses for input it cannot read."""
        result = self.review_many([text], allow_list=allow_list, policy=policy)[0]
        if isinstance(result, DraftError):
            raise result
        return result

    def review_many(
        self,
        texts: Sequence[str | bytes],
        *,
        allow_list: frozenset[str] = frozenset(),
        policy: Policy | None = None,
    ) -> list[Guidance | DraftError]:
        """Review a batch: one classifier call for the drafts, one more for evidence if needed."""
        chosen = policy or self.policy
        prepared = [_prepare(raw) for raw in texts]
        drafts = {index: item for index, item in enumerate(prepared) if isinstance(item, Draft)}
        reviews = self._reviews(drafts, chosen, allow_list)
        reviews = self._with_sentence_evidence(reviews, drafts)
        return [
            item if isinstance(item, DraftError) else compose_guidance(reviews[index], item, chosen)
            for index, item in enumerate(prepared)
        ]

    def _reviews(
        self, drafts: dict[int, Draft], policy: Policy, allow_list: frozenset[str]
    ) -> dict[int, Review]:
        scored = [index for index, draft in drafts.items() if draft.has_words]
        scores = self._predict([drafts[index].text for index in scored])
        thresholds = {axis: policy.threshold(axis, self.classifier.thresholds) for axis in Axis}
        reviews = {index: _NO_WORDS_REVIEW for index in drafts}
        for index, raw in zip(scored, scores, strict=True):
            text = drafts[index].text
            language = detect_language(text)
            findings = (
                ()
                if language is Language.OTHER
                else drop_allowed(detect_findings(text, policy, self.names), allow_list)
            )
            reviews[index] = combine(text, clean_scores(raw), thresholds, findings, language)
        return reviews

    def _with_sentence_evidence(
        self, reviews: dict[int, Review], drafts: dict[int, Draft]
    ) -> dict[int, Review]:
        """Quote the top sentence of each classifier-only flag, all sentences in one call."""
        waiting = {
            index: evidence_sentences(drafts[index].text)
            for index, review in reviews.items()
            if review.unevidenced and review.language is not Language.OTHER
        }
        batch = [
            drafts[index].text[start:end]
            for index, spans in waiting.items()
            if len(spans) > 1
            for start, end in spans
        ]
        scores = iter(self._predict(batch))
        updated = dict(reviews)
        for index, spans in waiting.items():
            review = reviews[index]
            sentence_scores = (
                [clean_scores(next(scores)) for _ in spans] if len(spans) > 1 else [review.scores]
            )
            updated[index] = add_sentence_evidence(
                review, drafts[index].text, spans, sentence_scores
            )
        return updated

    def _predict(self, texts: list[str]) -> list[Mapping[str, float]]:
        if not texts:
            return []
        results = self.classifier.predict_proba(texts)
        if len(results) != len(texts):
            raise RuntimeError(f"classifier returned {len(results)} results for {len(texts)} texts")
        return list(results)


def _prepare(raw: str | bytes) -> Draft | DraftError:
    try:
        return prepare_draft(raw)
    except DraftError as error:
        return error
