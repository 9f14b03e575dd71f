// Correct but O(n^2): walks to the end of the remaining list for every node, detaches the last
// node and appends it to the result.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode dummy;
        ListNode* tail = &dummy;
        while (head) {
            if (!head->next) { tail->next = head; tail = head; head = nullptr; break; }
            ListNode* before = head;
            while (before->next->next) before = before->next;
            tail->next = before->next;
            tail = before->next;
            before->next = nullptr;
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
