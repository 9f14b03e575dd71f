class Solution {
public:
    bool isPalindrome(ListNode* head) {
        // Find the middle, reverse the second half in place, and walk both halves together.
        ListNode* slow = head;
        ListNode* fast = head;
        while (fast->next && fast->next->next) {
            slow = slow->next;
            fast = fast->next->next;
        }
        ListNode* prev = nullptr;
        ListNode* cur = slow->next;
        while (cur) {
            ListNode* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        for (ListNode *a = head, *b = prev; b; a = a->next, b = b->next) {
            if (a->val != b->val) return false;
        }
        return true;
    }
};
