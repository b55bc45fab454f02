print('clean exit')
raise SystemExit
