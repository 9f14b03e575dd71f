from collections import deque


class Solution:
    def rightSide(self, root: Optional[TreeNode], extra: Optional[ListNode]) -> Optional[ListNode]:
        view = []
        level = [root] if root else []
        while level:
            view.append(level[-1].val)
            level = [c for n in level for c in (n.left, n.right) if c]
        head = tail = ListNode()
        for v in view:
            tail.next = ListNode(v)
            tail = tail.next
        tail.next = extra
        return head.next
