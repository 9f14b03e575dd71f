# The fast pointer stops one pair early, which gives the FIRST of the two middles on even lengths.
class Solution:
    def middleNode(self, head):
        slow = fast = head
        while fast.next and fast.next.next:
            slow = slow.next
            fast = fast.next.next
        return slow
