try:
    raise ValueError("hidden")
finally:
    print("finally runs")
    raise SystemExit(4)
