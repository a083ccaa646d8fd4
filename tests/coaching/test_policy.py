"""Policy from plain data (the parsed checkpost.yaml), with defaults and clear errors."""

from pathlib import Path

import pytest
import yaml

from coaching.axes import Axis
from coaching.policy import AddressForm, Policy, PolicyError, policy_from_mapping

EXAMPLE = Path(__file__).parents[2] / "checkpost.example.yaml"


def test_empty_mapping_gives_the_defaults() -> None:
    assert policy_from_mapping({}) == Policy()
    assert Policy().address_form is AddressForm.TU and Policy().reply_language == "fr"


def test_full_mapping() -> None:
    policy = policy_from_mapping(
        {
            "company_name": "  Acme  ",
            "address_form": "VOUS",
            "reply_language": "fr",
            "thresholds": {"tone": 0.7, "confidentiality": None},
            "code_names": ["Orion", "orion", " ", "Pégase"],
            "clients": "Banque Lumière",
            "competitors": ["Zorg"],
            "unannounced_products": ["Nova 2"],
            "public_facts": ["30 M€", 2024],
            "internal_hosts": ["intranet.acme.fr"],
        }
    )
    assert policy.company_name == "Acme" and policy.address_form is AddressForm.VOUS
    assert policy.thresholds == {Axis.TONE: 0.7}
    assert policy.code_names == ("Orion", "Pégase")
    assert policy.clients == ("Banque Lumière",)
    assert policy.public_facts == ("30 M€", "2024")


def test_thresholds_fall_back_to_the_classifier_then_to_one_half() -> None:
    policy = policy_from_mapping({"thresholds": {"tone": 0.7}})
    tuned = {"tone": 0.4, "confidentiality": 0.35}
    assert policy.threshold(Axis.TONE, tuned) == 0.7
    assert policy.threshold(Axis.CONFIDENTIALITY, tuned) == 0.35
    assert policy.threshold(Axis.AUTHENTICITY, tuned) == 0.5


@pytest.mark.parametrize(
    ("data", "key"),
    [
        ({"code_name": ["Orion"]}, "code_name"),
        ({"thresholds": {"tone": 1.5}}, "thresholds.tone"),
        ({"thresholds": {"tone": 0}}, "thresholds.tone"),
        ({"thresholds": {"mood": 0.5}}, "thresholds.mood"),
        ({"thresholds": [0.5]}, "thresholds"),
        ({"address_form": "toi"}, "address_form"),
        ({"reply_language": "en"}, "reply_language"),
        ({"code_names": {"a": 1}}, "code_names"),
        ({"code_names": [["nested"]]}, "code_names"),
        ({"company_name": 42}, "company_name"),
    ],
)
def test_bad_values_raise_policy_error(data: dict[str, object], key: str) -> None:
    with pytest.raises(PolicyError) as caught:
        policy_from_mapping(data)
    assert caught.value.key == key
    assert key in str(caught.value)


def test_the_example_file_documents_every_key_and_loads() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    policy = policy_from_mapping(yaml.safe_load(text))
    assert policy.company_name == "Acme" and policy.code_names
    assert policy.thresholds == {Axis.CONFIDENTIALITY: 0.6}
    for key in Policy.__dataclass_fields__:
        assert f"\n{key}:" in text, key
