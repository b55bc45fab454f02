form os import path
