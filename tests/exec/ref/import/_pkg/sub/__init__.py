from .. import top_value
sub_value = 'sub:' + top_value
