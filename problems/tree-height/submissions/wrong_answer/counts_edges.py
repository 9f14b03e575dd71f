# Counts the calls between people (edges) instead of the people on the line (nodes): one too few.
class Solution:
    def maxDepth(self, root):
        if root is None:
            return 0
        depth, level = 0, [root]
        while True:
            nxt = [c for node in level for c in (node.left, node.right) if c]
            if not nxt:
                return depth
            depth += 1
            level = nxt
