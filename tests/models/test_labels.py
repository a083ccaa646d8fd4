from coaching.axes import Axis
from models.labels import LABELS


def test_model_labels_are_the_coaching_axes_in_order() -> None:
    assert tuple(axis.value for axis in Axis) == LABELS
