def handle(event):
    match event:
        case {"type": "click"}:
            return "click"
        case _:
            return "other"
        case {"type": "key"}:
            return "key"


print(handle({}))
