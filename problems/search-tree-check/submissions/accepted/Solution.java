class Solution {
    // Bounds as long, one step outside the int range, so Integer.MIN_VALUE and MAX_VALUE are legal values.
    private boolean within(TreeNode node, long low, long high) {
        if (node == null) return true;
        if (node.val <= low || node.val >= high) return false;
        return within(node.left, low, node.val) && within(node.right, node.val, high);
    }

    public boolean isValidBST(TreeNode root) {
        return within(root, (long) Integer.MIN_VALUE - 1, (long) Integer.MAX_VALUE + 1);
    }
}
