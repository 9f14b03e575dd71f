# Pops without checking the stack first: a closing bracket with nothing open raises IndexError.
class Solution:
    def isValid(self, s):
        partner = {")": "(", "]": "[", "}": "{"}
        stack = []
        for c in s:
            if c in partner:
                if stack.pop() != partner[c]:
                    return False
            else:
                stack.append(c)
        return not stack
