# Correct recursion, but Python's default recursion limit (1000) stops it on a 10^5-deep chain.
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        return max(self.maxDepth(root.left), self.maxDepth(root.right)) + 1
