# Queues the right child before the left one (as a stack-based traversal would): rows come out
# right to left.
class Solution:
    def levelOrder(self, root):
        rows, row = [], [root] if root else []
        while row:
            rows.append([node.val for node in row])
            row = [c for node in row for c in (node.right, node.left) if c]
        return rows
