# café ☕ 日本語
x = 1  # ünïcödé
