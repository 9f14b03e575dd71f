// Turns both lists into 64-bit integers (unsigned, "to be safe"), adds them and turns the sum
// back into digits: right for short numbers, wrong once a number or the sum reaches 2^64.
class Solution {
    unsigned long long toNumber(ListNode* node) {
        unsigned long long value = 0, place = 1;
        for (; node; node = node->next, place *= 10) value += node->val * place;
        return value;
    }
public:
    ListNode* addTwoNumbers(ListNode* l1, ListNode* l2) {
        unsigned long long sum = toNumber(l1) + toNumber(l2);
        ListNode dummy;
        ListNode* tail = &dummy;
        do {
            tail->next = new ListNode((int)(sum % 10));
            tail = tail->next;
            sum /= 10;
        } while (sum);
        return dummy.next;
    }
};
