class Solution {
    public TreeNode flipTree(TreeNode root) {
        if (root == null) return null;
        TreeNode left = flipTree(root.left);
        root.left = flipTree(root.right);
        root.right = left;
        return root;
    }
}
