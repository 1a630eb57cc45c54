print("ldm")
