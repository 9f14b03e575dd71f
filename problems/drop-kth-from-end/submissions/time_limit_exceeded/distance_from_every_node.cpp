// Correct but O(n^2): for every node, walks to the end to learn how far from the end it is.
class Solution {
public:
    ListNode* removeKthFromEnd(ListNode* head, int k) {
        ListNode dummy(0, head);
        for (ListNode* before = &dummy; before->next; before = before->next) {
            int distance = 0;
            for (ListNode* node = before->next; node; node = node->next) distance++;
            if (distance == k) {
                before->next = before->next->next;
                break;
            }
        }
        return dummy.next;
    }
};
