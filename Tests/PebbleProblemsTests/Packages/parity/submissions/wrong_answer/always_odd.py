print("odd")
