# Finds the right value from the end, then deletes the FIRST node holding that value:
# wrong when the value also appears earlier in the list.
class Solution:
    def removeKthFromEnd(self, head, k):
        values = []
        node = head
        while node:
            values.append(node.val)
            node = node.next
        target = values[len(values) - k]
        dummy = ListNode(0, head)
        before = dummy
        while before.next.val != target:
            before = before.next
        before.next = before.next.next
        return dummy.next
