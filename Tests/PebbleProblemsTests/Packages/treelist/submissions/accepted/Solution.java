import java.util.*;

class Solution {
    public ListNode rightSide(TreeNode root, ListNode extra) {
        List<TreeNode> level = new ArrayList<>();
        if (root != null) level.add(root);
        ListNode head = new ListNode(), tail = head;
        while (!level.isEmpty()) {
            tail = tail.next = new ListNode(level.get(level.size() - 1).val);
            List<TreeNode> next = new ArrayList<>();
            for (TreeNode n : level) {
                if (n.left != null) next.add(n.left);
                if (n.right != null) next.add(n.right);
            }
            level = next;
        }
        tail.next = extra;
        return head.next;
    }
}
