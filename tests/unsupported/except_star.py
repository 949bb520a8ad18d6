try:
    raise ValueError(1)
except* ValueError:
    pass
