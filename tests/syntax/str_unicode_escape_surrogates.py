'\ud800'
'\udfff'
'\U0010ffff'
