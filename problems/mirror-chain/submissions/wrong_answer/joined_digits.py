# Glues the values together into one string of digits and checks that string: [12, 3, 21]
# becomes "12321" and passes, although the values do not read the same backwards.
class Solution:
    def isPalindrome(self, head):
        parts = []
        while head:
            parts.append(str(head.val))
            head = head.next
        text = "".join(parts)
        return text == text[::-1]
