// Reverses the whole list in place and compares it with the "original" from the old head, but
// the old head is now the last node of the reversed list: only the first value is ever compared
// with the last one.
class Solution {
public:
    bool isPalindrome(ListNode* head) {
        ListNode* prev = nullptr;
        for (ListNode* cur = head; cur;) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        for (ListNode *a = head, *b = prev; a && b; a = a->next, b = b->next) {
            if (a->val != b->val) return false;
        }
        return true;
    }
};
