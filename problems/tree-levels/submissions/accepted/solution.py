# Breadth-first, one row at a time.
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        rows = []
        row = [root] if root else []
        while row:
            rows.append([node.val for node in row])
            nxt = []
            for node in row:
                if node.left:
                    nxt.append(node.left)
                if node.right:
                    nxt.append(node.right)
            row = nxt
        return rows
