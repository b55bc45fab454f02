f'{'nested'}'
f"{"nested"}"
f'{f'{f'{x}'}'}'
f"{d['key']}"
f'{d["key"]}'
f'''{'a' + "b" + """c"""}'''
f"{'\n'.join(x)}"
