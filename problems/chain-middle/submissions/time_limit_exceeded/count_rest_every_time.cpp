// Correct but O(n^2): for every node, walks to the end to count the nodes from it on, and stops
// at the node with as many nodes from it on as before it (or one more).
class Solution {
public:
    ListNode* middleNode(ListNode* head) {
        int before = 0;
        for (ListNode* node = head; node; node = node->next, before++) {
            int rest = 0;
            for (ListNode* p = node; p; p = p->next) rest++;
            if (rest == before || rest == before + 1) return node;
        }
        return head;
    }
};
