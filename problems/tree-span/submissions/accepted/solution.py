# Without recursion: list the nodes breadth-first with their parents' positions, then settle them
# from the bottom up. arm[p] is the longest way down from p seen so far (in edges); when a child's
# arm reaches p, the path joining it with p's best other arm is a candidate.
class Solution:
    def diameterOfBinaryTree(self, root: Optional[TreeNode]) -> int:
        order, parent = [root], [-1]
        for i, node in enumerate(order):
            if node.left:
                order.append(node.left)
                parent.append(i)
            if node.right:
                order.append(node.right)
                parent.append(i)
        arm = [0] * len(order)
        best = 0
        for i in range(len(order) - 1, 0, -1):
            p, a = parent[i], arm[i] + 1
            if arm[p] + a > best:
                best = arm[p] + a
            if a > arm[p]:
                arm[p] = a
        return best
