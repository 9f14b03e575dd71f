/**
 * Definition for singly-linked list:
 *     struct ListNode { int val; struct ListNode *next; };
 */
struct ListNode* middleNode(struct ListNode* head) {
    int n = 0;
    for (struct ListNode *node = head; node; node = node->next) n++;
    struct ListNode *middle = head;
    for (int i = 0; i < n / 2; i++) middle = middle->next;
    return middle;
}
