/**
 * Definition for singly-linked list:
 *     struct ListNode { int val; struct ListNode *next; };
 */
struct ListNode* removeKthFromEnd(struct ListNode* head, int k) {
    struct ListNode dummy = { 0, head };
    struct ListNode *lead = &dummy, *trail = &dummy;
    for (int i = 0; i < k; i++) lead = lead->next;
    while (lead->next) {
        lead = lead->next;
        trail = trail->next;
    }
    struct ListNode *gone = trail->next;
    trail->next = gone->next;
    free(gone);
    return dummy.next;
}
