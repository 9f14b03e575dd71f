print("I think it is 42", flush=True)
import time
time.sleep(30)
