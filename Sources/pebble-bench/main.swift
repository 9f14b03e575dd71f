print("pebble-bench: coming")
