import PebbleWire
