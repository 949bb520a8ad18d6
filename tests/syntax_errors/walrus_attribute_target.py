config = {}
if (config.debug := True):
    print("debug")
