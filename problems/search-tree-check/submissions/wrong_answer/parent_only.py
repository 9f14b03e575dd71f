# Compares every node only with its own children: misses a grandchild on the wrong side of an
# ancestor.
class Solution:
    def isValidBST(self, root):
        stack = [root] if root else []
        while stack:
            node = stack.pop()
            if node.left:
                if node.left.val >= node.val:
                    return False
                stack.append(node.left)
            if node.right:
                if node.right.val <= node.val:
                    return False
                stack.append(node.right)
        return True
