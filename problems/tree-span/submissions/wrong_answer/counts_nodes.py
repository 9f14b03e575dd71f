# Counts the nodes on the longest path instead of its edges: one too many.
class Solution:
    def diameterOfBinaryTree(self, root):
        order, stack = [], [root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack += [c for c in (node.left, node.right) if c]
        height, best = {None: 0}, 0
        for node in reversed(order):
            l, r = height[node.left], height[node.right]
            height[node] = max(l, r) + 1
            best = max(best, l + r + 1)
        return best
