ns_value = 'namespace module'
