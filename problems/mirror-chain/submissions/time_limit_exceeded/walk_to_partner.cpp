// Correct but O(n^2): for every node in the first half, walks from the head to its partner
// from the back and compares the two.
class Solution {
public:
    bool isPalindrome(ListNode* head) {
        int n = 0;
        for (ListNode* node = head; node; node = node->next) n++;
        ListNode* front = head;
        for (int i = 0; i < n / 2; i++, front = front->next) {
            ListNode* partner = head;
            for (int j = 0; j < n - 1 - i; j++) partner = partner->next;
            if (partner->val != front->val) return false;
        }
        return true;
    }
};
