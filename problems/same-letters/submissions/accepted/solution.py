class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        count = {}
        for c in s:
            count[c] = count.get(c, 0) + 1
        for c in t:
            left = count.get(c, 0)
            if left == 0:
                return False
            count[c] = left - 1
        return True
