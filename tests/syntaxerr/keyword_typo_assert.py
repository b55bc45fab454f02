asert x
