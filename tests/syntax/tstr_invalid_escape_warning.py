t'\d{x}'
