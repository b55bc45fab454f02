def f():
    ééé = 1; global ééé
