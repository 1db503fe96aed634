"""A value type with the usual special methods. __init__, __repr__ and
friends are definitions, which the check allows; __class__ tricks are not
used anywhere (this docstring mentions them, which is fine)."""
import json
import typing


class Money:
    __slots__ = ("amount", "currency")

    def __init__(self, amount: float, currency: str = "USD") -> None:
        self.amount = amount
        self.currency = currency

    def __add__(self, other: "Money") -> "Money":
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self) -> str:
        return f"Money({self.amount!r}, {self.currency!r})"

    def __eq__(self, other: typing.Any) -> bool:
        return isinstance(other, Money) and (self.amount, self.currency) == (other.amount, other.currency)


class Cash(Money):
    def __init__(self, amount: float) -> None:
        super().__init__(amount)


total = Cash(10.5) + Money(2.25)
if __name__ == "__main__":
    print(json.dumps({"total": total.amount, "repr": repr(total), "name": Money.__name__}))
