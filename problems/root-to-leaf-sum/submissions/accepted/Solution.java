class Solution {
    public boolean hasPathSum(TreeNode root, long targetSum) {
        if (root == null) return false;
        long rest = targetSum - root.val;
        if (root.left == null && root.right == null) return rest == 0;
        return hasPathSum(root.left, rest) || hasPathSum(root.right, rest);
    }
}
