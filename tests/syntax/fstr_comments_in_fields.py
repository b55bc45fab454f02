x = f'''{
    a  # comment one
    + b  # comment two
}'''
y = f'{
    c # trailing
}'
