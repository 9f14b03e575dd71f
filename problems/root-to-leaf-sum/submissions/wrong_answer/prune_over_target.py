# Gives up on a path as soon as its sum passes the target, as if values were never negative.
class Solution:
    def hasPathSum(self, root, targetSum):
        stack = [(root, root.val)] if root else []
        while stack:
            node, total = stack.pop()
            if total > targetSum and targetSum >= 0:
                continue
            if not node.left and not node.right:
                if total == targetSum:
                    return True
                continue
            for child in (node.left, node.right):
                if child:
                    stack.append((child, total + child.val))
        return False
