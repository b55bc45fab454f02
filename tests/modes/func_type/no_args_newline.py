() -> int

