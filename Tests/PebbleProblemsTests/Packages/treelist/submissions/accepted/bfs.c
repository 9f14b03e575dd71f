struct ListNode* rightSide(struct TreeNode* root, struct ListNode* extra) {
    struct TreeNode* level[64], *next[64];
    int n = root ? 1 : 0;
    level[0] = root;
    struct ListNode head = {0, NULL}, *tail = &head;
    while (n > 0) {
        struct ListNode* node = malloc(sizeof *node);
        node->val = level[n - 1]->val;
        node->next = NULL;
        tail->next = node;
        tail = node;
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (level[i]->left) next[m++] = level[i]->left;
            if (level[i]->right) next[m++] = level[i]->right;
        }
        memcpy(level, next, sizeof(next[0]) * m);
        n = m;
    }
    tail->next = extra;
    return head.next;
}
