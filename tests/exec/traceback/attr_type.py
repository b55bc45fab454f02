print(int.from_bytes(b"\x01", "big"))
int.from_byte(b"\x01", "big")
