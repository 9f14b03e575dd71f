// Correct but O(n * m): inserts every node of list2 into list1, searching from the front of
// list1 each time.
class Solution {
public:
    ListNode* mergeTwoLists(ListNode* list1, ListNode* list2) {
        ListNode dummy(0, list1);
        while (list2) {
            ListNode* node = list2;
            list2 = list2->next;
            ListNode* at = &dummy;
            while (at->next && at->next->val <= node->val) at = at->next;
            node->next = at->next;
            at->next = node;
        }
        return dummy.next;
    }
};
