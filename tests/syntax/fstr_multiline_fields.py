f'''{
    x
}'''
f'{
    x
    + y
}'
f"""first
{x}
third {
y
}"""
