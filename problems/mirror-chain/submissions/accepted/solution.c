/**
 * Definition for singly-linked list:
 *     struct ListNode { int val; struct ListNode *next; };
 */
/* Reverse the second half in place, compare it with the first half, then restore it. */
static struct ListNode* reverse(struct ListNode* head) {
    struct ListNode *prev = NULL;
    while (head) {
        struct ListNode *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

bool isPalindrome(struct ListNode* head) {
    struct ListNode *slow = head, *fast = head;
    while (fast->next && fast->next->next) {
        slow = slow->next;
        fast = fast->next->next;
    }
    struct ListNode *back = reverse(slow->next);
    bool same = true;
    for (struct ListNode *a = head, *b = back; b; a = a->next, b = b->next) {
        if (a->val != b->val) { same = false; break; }
    }
    slow->next = reverse(back);
    return same;
}
