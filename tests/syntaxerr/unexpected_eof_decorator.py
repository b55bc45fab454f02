@d
