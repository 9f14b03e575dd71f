# Stops while the current node still has a successor, so the last node is never attached:
# the reversed list loses its new first value.
class Solution:
    def reverseList(self, head):
        if head is None:
            return None
        prev = None
        while head.next:
            nxt = head.next
            head.next = prev
            prev = head
            head = nxt
        return prev
