// Correct but O(n^2): fetches the i-th digit of each number by walking from its head, column
// after column.
class Solution {
    int length(ListNode* node) {
        int n = 0;
        for (; node; node = node->next) n++;
        return n;
    }
    int digitAt(ListNode* node, int i) {
        while (node && i-- > 0) node = node->next;
        return node ? node->val : 0;
    }
public:
    ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
        int n = max(length(l1), length(l2));
        ListNode dummy;
        ListNode* tail = &dummy;
        int carry = 0;
        for (int i = 0; i < n || carry; i++) {
            int sum = digitAt(l1, i) + digitAt(l2, i) + carry;
            carry = sum / 10;
            tail->next = new ListNode(sum % 10);
            tail = tail->next;
        }
        return dummy.next;
    }
};
