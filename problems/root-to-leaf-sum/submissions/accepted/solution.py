# Depth-first with an explicit stack of (node, sum from the root down to it); Python ints never overflow.
class Solution:
    def hasPathSum(self, root: Optional[TreeNode], targetSum: int) -> bool:
        stack = [(root, root.val)] if root else []
        while stack:
            node, total = stack.pop()
            if not node.left and not node.right:
                if total == targetSum:
                    return True
                continue
            if node.left:
                stack.append((node.left, total + node.left.val))
            if node.right:
                stack.append((node.right, total + node.right.val))
        return False
