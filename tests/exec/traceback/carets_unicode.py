données = {"clé": 1}
print(données["clé"])
valeur = données["clé"] + données["absent"]
