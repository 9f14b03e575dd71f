# Reverses the values of every row but keeps the shape: right only when the tree is symmetric in
# shape (a perfect tree, say), since the missing children never move.
class Solution:
    def flipTree(self, root):
        level = [root] if root else []
        while level:
            values = [node.val for node in level]
            for node, v in zip(level, reversed(values)):
                node.val = v
            level = [c for node in level for c in (node.left, node.right) if c]
        return root
