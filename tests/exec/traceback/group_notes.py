eg = ExceptionGroup("with notes", [ValueError("x"), TypeError("y")])
eg.add_note("group note")
eg.exceptions[0].add_note("first note\nsecond line")
raise eg
